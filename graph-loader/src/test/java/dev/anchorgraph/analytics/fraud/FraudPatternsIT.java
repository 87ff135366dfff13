package dev.anchorgraph.analytics.fraud;

import static dev.anchorgraph.loader.LoaderRun.query;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anchorgraph.loader.LoaderRun;
import dev.anchorgraph.neo4j.TestNeo4j;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Shell clusters, related-party trade and Benford deviation on a small hand-built graph, scored as of 2026-06-30
 * (the score run includes the fraud step).
 *
 * <pre>
 *   shells:   S1 -> S2 -> S3 -> S4 -> O   600,000 a leg in 2026-03..05, S4 -> O 100,000; founded 2026-02-01,
 *             capital 1,000,000 each; P1 legal representative of S1, S2, S3; S3 and S4 at one address
 *   not:      Y1, Y2, Y3 young, legal representative P2, each sells 900,000 to O only
 *   related:  M holds 60 % of N (both old); N -> M 800,000 and N -> O 200,000 in the last 12 months
 *   benford:  B1 invoices start with 8 or 9 only (120 invoices); B2 follows Benford (1,000)
 * </pre>
 */
class FraudPatternsIT {

    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void buildAndScore() {
        TestNeo4j.clear();
        var pairs = List.of(
                pair("S1", "S2", 200_000.0),
                pair("S2", "S3", 200_000.0),
                pair("S3", "S4", 200_000.0),
                pair("S4", "O", 100_000.0 / 3),
                pair("Y1", "O", 300_000.0),
                pair("Y2", "O", 300_000.0),
                pair("Y3", "O", 300_000.0),
                pair("N", "M", 800_000.0 / 3),
                pair("N", "O", 200_000.0 / 3),
                // B1's invoices are its trade: without any, it would have too little trade data for a score
                pair("B1", "B2", 100_000.0));
        try (var s = LoaderRun.NEO4J.driver().session(LoaderRun.NEO4J.settings().sessionConfig())) {
            s.run("""
                    UNWIND ['S1','S2','S3','S4','Y1','Y2','Y3'] AS u
                    CREATE (:Company {uscc: u, name: u, industryCode: '5199', status: 'active', foundedOn: date('2026-02-01'),
                                      registeredCapital: 1000000.0, address: '杭州市上城区和平路' + u + '号'})
                    WITH count(*) AS young
                    UNWIND ['O','M','N','B1','B2'] AS u
                    CREATE (:Company {uscc: u, name: u, industryCode: '5199', status: 'active', foundedOn: date('2005-01-01'),
                                      registeredCapital: 5000000.0})
                    WITH count(*) AS old
                    MATCH (s3:Company {uscc: 'S3'}), (s4:Company {uscc: 'S4'})
                    SET s3.address = '杭州市上城区和平路972号 2205室', s4.address = '杭州市上城区和平路972号2205室'
                    CREATE (p1:Person {id: 'P1', name: '陈龙'}), (p2:Person {id: 'P2', name: '王芳'})
                    WITH p1, p2
                    MATCH (c:Company) WHERE c.uscc IN ['S1','S2','S3']
                    CREATE (p1)-[:OFFICER_OF {role: 'legal_representative'}]->(c)
                    WITH DISTINCT p2
                    MATCH (c:Company) WHERE c.uscc IN ['Y1','Y2','Y3']
                    CREATE (p2)-[:OFFICER_OF {role: 'legal_representative'}]->(c)
                    WITH count(*) AS reps
                    MATCH (m:Company {uscc: 'M'}), (n:Company {uscc: 'N'}), (b1:Company {uscc: 'B1'}), (b2:Company {uscc: 'B2'})
                    CREATE (m)-[:HOLDS_SHARES {stake: 0.6}]->(n)
                    SET b1.firstDigits = [0, 0, 0, 0, 0, 0, 0, 60, 60],
                        b2.firstDigits = [301, 176, 125, 97, 79, 67, 58, 51, 46]
                    WITH count(*) AS done
                    UNWIND $pairs AS p
                    MATCH (s:Company {uscc: p.s}), (b:Company {uscc: p.b})
                    CREATE (s)-[:SUPPLIES {months: p.months, monthlyAmounts: p.amounts, monthlyCounts: [x IN p.months | 2],
                            monthlyDayMasks: [x IN p.months | 1024], categories: ['电子元件'],
                            amount: reduce(t = 0.0, a IN p.amounts | t + a), invoiceCount: 2 * size(p.months),
                            redAmount: 0.0, voidAmount: 0.0,
                            firstOn: date(p.months[0] + '-10'), lastOn: date(p.months[-1] + '-11')}]->(b)
                    """, Map.of("pairs", pairs)).consume();
        }
        var run = LoaderRun.run(c -> {}, null, "score", "--as-of", "2026-06-30");
        assertThat(run.exitCode()).as(run.output()).isZero();
    }

    /** Three months, 2026-03 to 2026-05, at {@code monthly} each. */
    static Map<String, Object> pair(String seller, String buyer, double monthly) {
        return Map.of(
                "s",
                seller,
                "b",
                buyer,
                "months",
                List.of("2026-03", "2026-04", "2026-05"),
                "amounts",
                List.of(monthly, monthly, monthly));
    }

    static List<String> flagged(String pattern) {
        return query(
                        "MATCH (c:Company)-[:FLAGGED]->(f:FraudFlag {pattern: $p}) RETURN c.uscc AS u ORDER BY u",
                        Map.of("p", pattern))
                .stream()
                .map(r -> r.get("u").asString())
                .toList();
    }

    static JsonNode evidence(String uscc, String pattern) throws Exception {
        var flag = query(
                        "MATCH (:Company {uscc: $u})-[:FLAGGED]->(f:FraudFlag {pattern: $p}) RETURN f.evidence AS e",
                        Map.of("u", uscc, "p", pattern))
                .getFirst();
        return JSON.readTree(flag.get("e").asString());
    }

    static Map<String, Object> company(String uscc) {
        return query("MATCH (c:Company {uscc: $u}) RETURN c", Map.of("u", uscc))
                .getFirst()
                .get("c")
                .asMap();
    }

    @Test
    void youngFirmsBehindOnePersonAndOneAddressTradingAmongThemselvesAreAShellCluster() throws Exception {
        assertThat(flagged("shell_cluster")).containsExactly("S1", "S2", "S3", "S4");
        var cluster = query("MATCH (k:ShellCluster) RETURN k.key AS key, k.members AS members, k.severity AS severity, "
                        + "k.internalShare AS share, COUNT { (:Company)-[:IN_CLUSTER]->(k) } AS linked")
                .getFirst();
        assertThat(cluster.get("key").asString()).isEqualTo("shell/S1");
        assertThat(cluster.get("members").asList(v -> v.asString())).containsExactly("S1", "S2", "S3", "S4");
        assertThat(cluster.get("linked").asLong()).isEqualTo(4);
        // 1,800,000 of 1,900,000 sold among themselves
        assertThat(cluster.get("share").asDouble()).isEqualTo(0.947);
        assertThat(cluster.get("severity").asString()).isEqualTo("high");
        var e = evidence("S2", "shell_cluster");
        assertThat(e.get("cluster").asText()).isEqualTo("shell/S1");
        assertThat(e.get("links").findValuesAsText("kind")).containsExactly("address", "legal_representative");
        assertThat(e.get("links").get(0).get("via").asText()).isEqualTo("杭州市上城区和平路972号2205室");
        assertThat(e.get("links").get(1).get("name").asText()).isEqualTo("陈龙");
        assertThat(e.get("members").findValuesAsText("uscc")).containsExactly("S1", "S2", "S3", "S4");
        assertThat(e.get("members").get(0).get("ageMonths").asInt()).isEqualTo(4);
        assertThat(e.get("salesToCapital").asDouble()).isGreaterThan(1);
    }

    @Test
    void youngFirmsSharingARepresentativeButTradingWithOthersAreNoCluster() {
        assertThat(flagged("shell_cluster")).doesNotContain("Y1", "Y2", "Y3");
    }

    @Test
    void aSubsidiarySellingToItsParentIsRelatedPartyTradeWithTheLinkAndShare() throws Exception {
        assertThat(flagged("related_party_trade")).contains("M", "N").doesNotContain("O", "Y1");
        var e = evidence("N", "related_party_trade");
        assertThat(e.get("salesShare").asDouble()).isEqualTo(0.8);
        var counterparty = e.get("counterparties").get(0);
        assertThat(counterparty.get("counterparty").asText()).isEqualTo("M");
        assertThat(counterparty.get("direction").asText()).isEqualTo("sale");
        assertThat(counterparty.get("amount").asDouble()).isEqualTo(800_000.0);
        assertThat(counterparty.get("links").get(0).get("kind").asText()).isEqualTo("held_by");
        assertThat(evidence("M", "related_party_trade").get("purchasesShare").asDouble())
                .isEqualTo(1.0);
    }

    @Test
    void firmsUnderOneLegalRepresentativeTradingWithEachOtherAreRelatedParties() throws Exception {
        assertThat(flagged("related_party_trade")).contains("S1", "S2", "S3");
        assertThat(evidence("S1", "related_party_trade")
                        .get("counterparties")
                        .get(0)
                        .get("links")
                        .get(0)
                        .get("kind")
                        .asText())
                .isEqualTo("shared_officer");
    }

    @Test
    void invoiceAmountsSplitBelowALimitDeviateFromBenfordAndOrdinaryOnesDoNot() throws Exception {
        assertThat(flagged("benford")).containsExactly("B1");
        var e = evidence("B1", "benford");
        assertThat(e.get("invoices").asLong()).isEqualTo(120);
        assertThat(e.get("mad").asDouble()).isEqualTo(0.2007);
    }

    @Test
    void theScoreKnocksOutTheShellsAndTakesPointsForRelatedTradeAndBenford() {
        assertThat((List<Object>) company("S1").get("riskKnockouts")).containsExactly("KO_SHELL_CLUSTER");
        assertThat(company("S1").get("riskTier")).isEqualTo("D");
        var n = company("N");
        var reasons = (List<Object>) n.get("riskReasons");
        int i = reasons.indexOf("RELATED_PARTY_TRADE");
        assertThat(((List<Object>) n.get("riskReasonPoints")).get(i)).isEqualTo(-30L);
        assertThat(((List<Object>) n.get("riskReasonValues")).get(i)).isEqualTo("80%");
        var b1 = company("B1");
        int j = ((List<Object>) b1.get("riskReasons")).indexOf("BENFORD_DEVIATION");
        assertThat(((List<Object>) b1.get("riskReasonPoints")).get(j)).isEqualTo(-10L);
        assertThat(((List<Object>) b1.get("riskReasonValues")).get(j)).isEqualTo("0.201");
    }

    @Test
    void aReRunKeepsOneClusterWithItsMembers() {
        var count =
                "MATCH (k:ShellCluster) RETURN count(k) AS k, COUNT { ()-[:IN_CLUSTER]->() } AS m, COUNT { (:FraudFlag) } AS f";
        var before = query(count).getFirst().toString();
        assertThat(LoaderRun.run(c -> {}, null, "fraud", "--as-of", "2026-06-30")
                        .exitCode())
                .isZero();
        assertThat(query(count).getFirst().toString()).isEqualTo(before);
    }
}
