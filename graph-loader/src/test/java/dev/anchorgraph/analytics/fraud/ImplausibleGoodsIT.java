package dev.anchorgraph.analytics.fraud;

import static dev.anchorgraph.loader.LoaderRun.query;
import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.loader.LoaderRun;
import dev.anchorgraph.neo4j.TestNeo4j;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The seed's example, "主营业务为水果，却虚增大量钢材销售", through the score step (which runs the fraud step), as of
 * 2026-06-30: fruit growers of class 0151 selling fruit to a market for twelve months (100,000 a month), some of
 * them invoicing {@code *钢材*螺纹钢} to a steel buyer for three months (500,000 a month, 1,500,000 against 1,200,000
 * of fruit: 56 % of sales). Each test builds its own graph.
 */
class ImplausibleGoodsIT {

    static final List<String> YEAR = IntStream.range(0, 12)
            .mapToObj(i -> YearMonth.of(2025, 7).plusMonths(i).toString())
            .toList();
    static final List<String> WAVE = List.of("2026-03", "2026-04", "2026-05");

    record Pair(String seller, String buyer, List<String> months, double monthly, String category) {

        Map<String, Object> row() {
            return Map.of(
                    "s",
                    seller,
                    "b",
                    buyer,
                    "months",
                    months,
                    "amounts",
                    months.stream().map(m -> monthly).toList(),
                    "categories",
                    List.of(category));
        }
    }

    /** Builds the firms and pairs, all active and old enough, then scores. */
    static void buildAndScore(Map<String, String> industries, List<Pair> pairs) {
        TestNeo4j.clear();
        var firms = new ArrayList<Map<String, Object>>();
        industries.forEach((uscc, code) -> firms.add(Map.of("u", uscc, "code", code)));
        try (var s = LoaderRun.NEO4J.driver().session(LoaderRun.NEO4J.settings().sessionConfig())) {
            s.run(
                            """
                    UNWIND $firms AS f
                    CREATE (:Company {uscc: f.u, name: f.u, industryCode: f.code, status: 'active', scale: 'small',
                                      foundedOn: date('2012-01-01'), registeredCapital: 5000000.0})
                    WITH count(*) AS firms
                    UNWIND $pairs AS p
                    MATCH (s:Company {uscc: p.s}), (b:Company {uscc: p.b})
                    CREATE (s)-[:SUPPLIES {months: p.months, monthlyAmounts: p.amounts, monthlyCounts: [x IN p.months | 2],
                            monthlyDayMasks: [x IN p.months | 1024], categories: p.categories,
                            amount: reduce(t = 0.0, a IN p.amounts | t + a), invoiceCount: 2 * size(p.months),
                            redAmount: 0.0, voidAmount: 0.0,
                            firstOn: date(p.months[0] + '-10'), lastOn: date(p.months[-1] + '-11')}]->(b)
                    """,
                            Map.of(
                                    "firms",
                                    firms,
                                    "pairs",
                                    pairs.stream().map(Pair::row).toList()))
                    .consume();
        }
        var run = LoaderRun.run(c -> {}, null, "score", "--as-of", "2026-06-30");
        assertThat(run.exitCode()).as(run.output()).isZero();
    }

    /** {@code growers} fruit growers G000…, the first {@code wave} of them also selling rebar; buyers MKT and STEEL. */
    static void growers(Map<String, String> industries, List<Pair> pairs, int growers, int wave) {
        industries.put("MKT", "5123");
        industries.put("STEEL", "5165");
        for (int i = 0; i < growers; i++) {
            var g = "G%03d".formatted(i);
            industries.put(g, "0151");
            pairs.add(new Pair(g, "MKT", YEAR, 100_000, "水果"));
            if (i < wave) {
                pairs.add(new Pair(g, "STEEL", WAVE, 500_000, "钢材"));
            }
        }
    }

    static List<String> flagged(String severity) {
        return query(
                        "MATCH (c:Company)-[:FLAGGED]->(f:FraudFlag {pattern: 'implausible_goods', severity: $s}) RETURN c.uscc AS u ORDER BY u",
                        Map.of("s", severity))
                .stream()
                .map(r -> r.get("u").asString())
                .toList();
    }

    static List<String> wave(int n) {
        return IntStream.range(0, n).mapToObj("G%03d"::formatted).toList();
    }

    /** The flagged growers are tier D, knocked out with KO_IMPLAUSIBLE_GOODS; the first unflagged grower is not. */
    static void assertKnockedOut(int wave) {
        var rows = query("""
                MATCH (c:Company) WHERE c.uscc STARTS WITH 'G'
                RETURN c.uscc AS u, c.riskTier AS tier, c.riskKnockouts AS ko ORDER BY u
                """);
        for (var r : rows.subList(0, wave)) {
            assertThat(r.get("tier").asString()).as(r.get("u").asString()).isEqualTo("D");
            assertThat(r.get("ko").asList(v -> v.asString()))
                    .as(r.get("u").asString())
                    .contains("KO_IMPLAUSIBLE_GOODS");
        }
        assertThat(
                        rows.get(wave).get("ko").isNull()
                                ? List.of()
                                : rows.get(wave).get("ko").asList(v -> v.asString()))
                .doesNotContain("KO_IMPLAUSIBLE_GOODS");
    }

    @Test
    void halfOfAThirtyGrowerPeerGroupInvoicingRebarIsFlaggedHighAndKnockedOut() {
        var industries = new TreeMap<String, String>();
        var pairs = new ArrayList<Pair>();
        growers(industries, pairs, 30, 15);
        // an ordinary wholesaler selling steel is no case
        industries.put("W", "5193");
        pairs.add(new Pair("W", "STEEL", YEAR, 300_000, "钢材"));
        buildAndScore(industries, pairs);

        assertThat(flagged("high")).containsExactlyElementsOf(wave(15));
        assertThat(flagged("medium")).isEmpty();
        assertKnockedOut(15);
    }

    @Test
    void fifteenOfThreeHundredGrowersInvoicingRebarAreFlaggedHighAndAWaveWhereTheTableIsSilentToo() {
        var industries = new TreeMap<String, String>();
        var pairs = new ArrayList<Pair>();
        growers(industries, pairs, 300, 15);
        // division 41 has no row: 200 makers of other goods (金属制品 for a year), 10 of them new to steel (3 months)
        for (int i = 0; i < 200; i++) {
            var m = "M%03d".formatted(i);
            industries.put(m, "4190");
            pairs.add(new Pair(m, "MKT", YEAR, 100_000, "金属制品"));
            if (i < 10) {
                pairs.add(new Pair(m, "STEEL", WAVE, 500_000, "钢材"));
            }
        }
        buildAndScore(industries, pairs);

        var makers = IntStream.range(0, 10).mapToObj("M%03d"::formatted).toList();
        var expected = new ArrayList<>(wave(15));
        expected.addAll(makers);
        assertThat(flagged("high")).containsExactlyElementsOf(expected);
        assertKnockedOut(15);
    }
}
