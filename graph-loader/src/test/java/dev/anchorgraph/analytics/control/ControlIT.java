package dev.anchorgraph.analytics.control;

import static dev.anchorgraph.loader.LoaderRun.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.anchorgraph.loader.LoaderRun;
import dev.anchorgraph.neo4j.TestNeo4j;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real-shaped group of examples/real-shaped/ownership, loaded as registry files and scored: the score step stores
 * each firm's actual controller and group (docs/adr/0014, whose worked example this is; docs/scoring-contract.md).
 * Stakes are given as percentages there; the mutual holding and the two foreign parents without a USCC take part.
 */
class ControlIT {

    static final Path FIXTURE = Path.of("../examples/real-shaped/ownership");
    static final String KY = "name/KY/haiqiaogroupholdingsltd";
    static final String TWELVE_MONTHS =
            "['2025-11','2025-12','2026-01','2026-02','2026-03','2026-04','2026-05','2026-06','2026-07','2026-08',"
                    + "'2026-09','2026-10']";

    @TempDir
    static Path work;

    static LoaderRun score;

    @BeforeAll
    static void loadAndScore() {
        TestNeo4j.clear();
        var load = LoaderRun.load(FIXTURE, work, "--no-score");
        assertThat(load.exitCode()).as(load.output()).isZero();
        // a stale controller on a firm that has no holder any more is removed
        query("MATCH (c:Company {uscc: '91440300MA5HQ0007U'}) SET c.groupSize = 99");
        query("CREATE (:Company {uscc: '91110000000000000X', name: '旧数据', controlStatus: 'controlled',"
                + " actualController: 'gone', groupId: 'Gold', groupSize: 2})");
        // a year of sales for the investment arm and the operator, so that they are scored; a dishonest-debtor case
        // against a member of the group
        query("""
                MATCH (hq1:Company {uscc: '91440300MA5HQ00019'}), (op3:Company {uscc: '91440400MA5HQ0003L'}),
                      (bm7:Company {uscc: '91440300MA5HQ0007U'})
                CREATE (b:Company {uscc: '91440300MA5HQB001X', name: '买家', scale: 'large', status: 'active'})
                CREATE (bm7)-[:PARTY_TO {role: 'enforced_party'}]->(:Case {caseNo: '(2026)粤03执9号',
                        kind: 'dishonest_debtor', filedOn: date('2026-08-01'), amount: 1.0E7})
                WITH b, [hq1, op3] AS sellers
                UNWIND sellers AS s
                WITH s, b, %s AS months
                CREATE (s)-[:SUPPLIES {months: months, monthlyAmounts: [m IN months | 1.0E6],
                        monthlyCounts: [m IN months | 4], monthlyDayMasks: [m IN months | 1 + 512 + 65536 + 1048576],
                        amount: 1.2E7, invoiceCount: 48, firstOn: date('2024-01-01'), lastOn: date('2026-10-28')}]->(b)
                """.formatted(TWELVE_MONTHS));
        score = LoaderRun.run(c -> {}, null, "score", "--as-of", "2026-10-31");
        assertThat(score.exitCode()).as(score.output()).isZero();
    }

    static Map<String, Object> firm(String uscc) {
        return query("MATCH (c:Company {uscc: $u}) RETURN c", Map.of("u", uscc))
                .getFirst()
                .get("c")
                .asMap();
    }

    @Test
    void theScoreStepSaysWhatItFound() {
        assertThat(score.output())
                .contains("Ownership and control: 7 firm(s) with holders (7 controlled); 1 group(s) of 6 firm(s)");
    }

    @Test
    void theInvestmentArmAndTheMutualHoldersAreControlledByTheOverseasParent() {
        var hq1 = firm("91440300MA5HQ00019");
        assertThat(hq1.get("controlStatus")).isEqualTo("controlled");
        assertThat(hq1.get("controlBasis")).isEqualTo("majority");
        assertThat(hq1.get("actualController")).isEqualTo(KY);
        assertThat(hq1.get("actualControllerKind")).isEqualTo("organisation");
        assertThat(hq1.get("actualControllerName")).isEqualTo("Haiqiao Group Holdings Ltd.");
        assertThat((double) hq1.get("controllerStake")).isCloseTo(1.0, within(1e-9));
        var lg5 = firm("91440300MA5HQ0005M");
        assertThat(lg5.get("actualController")).isEqualTo(KY);
        assertThat((double) lg5.get("controllerStake")).isCloseTo(0.574375, within(1e-9));
        var pt6 = firm("91440300MA5HQ0006Q");
        assertThat(pt6.get("controlBasis")).isEqualTo("control_chain");
        assertThat((double) pt6.get("controllerStake")).isCloseTo(0.446875, within(1e-9));
    }

    @Test
    void theFundWithFortyNinePercentDoesNotControlAFirmWhoseMajorityHolderTheGroupControls() {
        var bm7 = firm("91440300MA5HQ0007U");
        assertThat(bm7.get("actualController")).isEqualTo(KY);
        assertThat(bm7.get("controlBasis")).isEqualTo("control_chain");
        assertThat((double) bm7.get("controllerStake")).isCloseTo(0.29293125, within(1e-9));
    }

    @Test
    void theOperatorIsControlledByTheHongKongCompanyByItsRegistrationNumber() {
        var op3 = firm("91440400MA5HQ0003L");
        assertThat(op3.get("actualController")).isEqualTo("reg/HK/2345678");
        assertThat(op3.get("actualControllerKind")).isEqualTo("organisation");
        assertThat((double) op3.get("controllerStake")).isCloseTo(0.5524, within(1e-9));
        assertThat(op3).doesNotContainKeys("groupId", "groupSize");
    }

    @Test
    void sixFirmsFormOneGroupWithAStableId() {
        var groups = query("""
                MATCH (c:Company) WHERE c.groupId IS NOT NULL
                RETURN c.groupId AS id, c.groupSize AS size, count(*) AS members, collect(c.uscc) AS firms
                """);
        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.get("id").asString()).isEqualTo("Gc786957f35266d49");
            assertThat(g.get("size").asLong()).isEqualTo(6);
            assertThat(g.get("members").asLong()).isEqualTo(6);
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDishonestDebtorInTheGroupIsARelatedPartyRiskForItsOtherMembersOnly() {
        var hq1 = firm("91440300MA5HQ00019");
        var reasons = (List<String>) hq1.get("riskReasons");
        assertThat(reasons).as(hq1.toString()).contains("RELATED_PARTY_RISK");
        var op3 = firm("91440400MA5HQ0003L");
        assertThat(op3.get("riskStatus")).isEqualTo("scored");
        assertThat((List<String>) op3.get("riskReasons")).doesNotContain("RELATED_PARTY_RISK");
    }

    @Test
    void theGroupsExposureIsTheSumOfItsMembersOutstandingInCny() {
        var rb4 = firm("91440400MA5HQ0004P");
        assertThat(rb4.get("outstandingAmount")).isEqualTo(5.0E7);
        assertThat(rb4.get("outstandingCurrency")).isEqualTo("CNY");
        var bm7 = firm("91440300MA5HQ0007U");
        assertThat(bm7.get("outstandingCurrency")).isEqualTo("USD");
        assertThat((double) bm7.get("outstanding")).isCloseTo(2_000_000 * 7.1586, within(0.01));
        var exposure = 5.0E7 + 2_000_000 * 7.1586;
        for (var member : query("MATCH (c:Company) WHERE c.groupId IS NOT NULL RETURN c")) {
            assertThat(member.get("c").get("groupExposure").asDouble()).isCloseTo(exposure, within(0.01));
        }
        // the operator owes 1.2亿 but is in no group
        assertThat(firm("91440400MA5HQ0003L"))
                .containsEntry("outstanding", 1.2E8)
                .doesNotContainKey("groupExposure");
    }

    @Test
    void aFirmWithoutHoldersHasNoControllerAndStaleValuesAreRemoved() {
        var stale = firm("91110000000000000X");
        assertThat(stale.get("controlStatus")).isEqualTo("no_holders");
        assertThat(stale).doesNotContainKeys("actualController", "groupId", "groupSize");
    }
}
