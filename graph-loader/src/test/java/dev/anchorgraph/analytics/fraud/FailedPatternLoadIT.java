package dev.anchorgraph.analytics.fraud;

import static dev.anchorgraph.loader.LoaderRun.query;
import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.loader.LoaderRun;
import dev.anchorgraph.neo4j.TestNeo4j;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code load} of the examples, whose score step meets a failing fraud pattern: loaded and scored, with warnings. */
class FailedPatternLoadIT {

    @TempDir
    Path work;

    @Test
    void aLoadWhoseScoreHadAFailedPatternExitsWithFourAndEveryFirmIsScored() {
        TestNeo4j.clear();
        var run = LoaderRun.load(
                cli -> ((PatternOptions) cli.getSubcommands()
                                        .get("load")
                                        .getMixins()
                                        .get("patterns"))
                                .probe =
                        (unit, deadline) -> {
                            if (unit == PatternUnit.PER_FIRM) {
                                throw new IllegalStateException("injected per-firm failure");
                            }
                        },
                Path.of("../examples"),
                work);

        assertThat(run.exitCode()).as(run.output()).isEqualTo(4);
        assertThat(run.output())
                .contains("Load complete")
                .contains("  per-firm (implausible_goods, sales_surge, reversals, benford): IllegalStateException: "
                        + "injected per-firm failure at ");
        assertThat(query("MATCH (c:Company) WHERE c.riskStatus IS NULL RETURN count(c) AS n")
                        .getFirst()
                        .get("n")
                        .asLong())
                .isZero();
        var scoreRun = query("MATCH (r:ScoreRun) RETURN r.status AS s, r.failedPatterns AS p")
                .getFirst();
        assertThat(scoreRun.get("s").asString()).isEqualTo("warnings");
        assertThat(scoreRun.get("p").asList())
                .containsExactly("implausible_goods", "sales_surge", "reversals", "benford");
    }
}
