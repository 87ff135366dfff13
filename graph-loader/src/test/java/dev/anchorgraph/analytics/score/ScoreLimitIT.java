package dev.anchorgraph.analytics.score;

import static dev.anchorgraph.loader.LoaderRun.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.anchorgraph.loader.LoaderRun;
import dev.anchorgraph.neo4j.TestNeo4j;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The suggested limit the score step stores, with scorecard-v3's policy (20 % of the sales to stable large buyers,
 * 2 months of sales, tier caps A 5m / B 2m, rounded down to 10,000), on two suppliers of one anchor, as of 2026-10-31:
 *
 * <pre>
 *   L --500,000 a month--> Z (anchor)     L --250,000 a month--> U (small)
 *   M --750,000 a month--> Z (anchor)
 * </pre>
 *
 * <p>L: 500 + 60 (1 hop) + 40 (strength 0.67) + 15 (1 stable large buyer) + 20 (67 % to large buyers) − 10 (HHI
 * 0.56) + 10 (12 months) + 15 (11.7 years) = 650, A; limit min(0.2 × 6,000,000, 2 × 750,000, 5,000,000) = 1,200,000.
 * M: the same but HHI 1.0 (−30) = 630, B; min(0.2 × 9,000,000 = 1,800,000, 2 × 750,000 = 1,500,000, 2,000,000).
 */
class ScoreLimitIT {

    @BeforeAll
    static void scoreTheSuppliers() {
        TestNeo4j.clear();
        try (var s = LoaderRun.NEO4J.driver().session(LoaderRun.NEO4J.settings().sessionConfig())) {
            s.run("""
                    CREATE (z:Company:Anchor {uscc: 'Z', name: '核心', scale: 'large', status: 'active', foundedOn: date('2000-01-01')})
                    CREATE (u:Company {uscc: 'U', name: '小买家', scale: 'micro', status: 'active', foundedOn: date('2015-03-01')})
                    CREATE (l:Company {uscc: 'L', name: '供应商甲', scale: 'small', status: 'active', foundedOn: date('2015-03-01')})
                    CREATE (m:Company {uscc: 'M', name: '供应商乙', scale: 'small', status: 'active', foundedOn: date('2015-03-01')})
                    WITH z, u, l, m, ['2025-11','2025-12','2026-01','2026-02','2026-03','2026-04','2026-05','2026-06',
                                      '2026-07','2026-08','2026-09','2026-10'] AS months
                    UNWIND [{s: l, b: z, amount: 500000.0}, {s: l, b: u, amount: 250000.0}, {s: m, b: z, amount: 750000.0}] AS t
                    CALL (t, months) {
                      WITH t.s AS s, t.b AS b
                      CREATE (s)-[:SUPPLIES {months: months, monthlyAmounts: [m IN months | t.amount],
                              monthlyCounts: [m IN months | 2], monthlyDayMasks: [m IN months | 4 + 16384],
                              amount: t.amount * 12, invoiceCount: 24, firstOn: date('2024-01-03'),
                              lastOn: date('2026-10-15')}]->(b)
                    }
                    """).consume();
        }
        var run = LoaderRun.run(c -> {}, null, "score", "--as-of", "2026-10-31");
        assertThat(run.exitCode()).as(run.output()).isZero();
    }

    static Map<String, Object> props(String uscc) {
        return query("MATCH (c:Company {uscc: $u}) RETURN c", Map.of("u", uscc))
                .getFirst()
                .get("c")
                .asMap();
    }

    @Test
    void aShareOfTheSalesToStableLargeBuyersIsTheLimitWhenItIsTheSmallest() {
        var l = props("L");
        assertThat(l.get("riskTier")).isEqualTo("A");
        assertThat((double) l.get("stableBuyerSales12")).isCloseTo(6_000_000, within(1e-6));
        assertThat((double) l.get("annualSales")).isCloseTo(9_000_000, within(1e-6));
        assertThat(l.get("suggestedLimit")).isEqualTo(1_200_000L);
        assertThat(l.get("suggestedLimitBasis")).isEqualTo("stable_sales_share");
    }

    @Test
    void twoMonthsOfSalesBindAFirmSellingOnlyToItsStableBuyer() {
        var m = props("M");
        assertThat(m.get("riskTier")).isEqualTo("B");
        assertThat((double) m.get("stableBuyerSales12")).isCloseTo(9_000_000, within(1e-6));
        assertThat(m.get("suggestedLimit")).isEqualTo(1_500_000L);
        assertThat(m.get("suggestedLimitBasis")).isEqualTo("sales_months");
    }
}
