package dev.anchorgraph.analytics.monitor;

import static dev.anchorgraph.loader.LoaderRun.query;
import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.loader.LoaderRun;
import dev.anchorgraph.neo4j.TestNeo4j;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's monitoring example: the examples, then the next day's court files with a case against the borrower. */
class NextDayIT {

    @TempDir
    Path work;

    @Test
    void aNewCaseAgainstTheBorrowerInTheNextDaysFilesRaisesOneAlertEvenWhenLoadedTwice() {
        TestNeo4j.clear();
        var first = LoaderRun.load(Path.of("../examples"), work);
        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(query("MATCH (a:Alert) WHERE a.type <> 'sales_drop' RETURN a"))
                .isEmpty();
        for (int attempt = 0; attempt < 2; attempt++) { // the same key file: the work folder keeps it
            var next = LoaderRun.load(Path.of("../examples/next-day"), work);
            assertThat(next.exitCode()).as(next.output()).isZero();
        }
        var alerts = query("MATCH (:Company:Borrower {uscc: '91441900MA4UPL0239'})-[:ALERTED]->(a:Alert) "
                + "WHERE a.type <> 'sales_drop' RETURN a.key AS key, a.severity AS severity, a.messageZh AS zh");
        // the case costs the borrower 75 points (LITIGATION_DEFENDANT, LITIGATION_TO_SALES): tier B to C
        assertThat(alerts)
                .extracting(a -> a.get("key").asString())
                .containsExactlyInAnyOrder(
                        "91441900MA4UPL0239/new_litigation/(2026)粤1973民初4521号",
                        "91441900MA4UPL0239/tier_downgrade/B>C/2026-10-27");
        assertThat(alerts)
                .extracting(a -> a.get("zh").asString())
                .contains("新增民事涉诉案件(2026)粤1973民初4521号，立案日期2026-10-20");
    }
}
