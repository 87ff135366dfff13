package dev.anchorgraph.analytics.fraud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.anchorgraph.contract.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ImplausibleGoodsTest {

    static final GoodsPlausibility TABLE = GoodsPlausibility.bundled();

    static FirmSales.Sale sale(String buyer, double amount, String... categories) {
        return new FirmSales.Sale(buyer, new double[] {amount}, List.of(categories), amount, 0, 0);
    }

    /** {@code growers} fruit growers (0151), {@code steel} of them selling steel, each counted as evidence. */
    static ImplausibleGoods.PeerCounts growers(long growers, long steel) {
        return new ImplausibleGoods.PeerCounts(
                Map.of("0151", growers), Map.of("0151", Map.of("水果", growers, "钢材", steel)));
    }

    /** The seed's example: a year of fruit (1,000,000) and three months of rebar to steel buyers (1,200,000). */
    static FirmSales seedGrower() {
        var rebar = new FirmSales.Sale(
                "STEEL-BUYER", new double[] {400_000, 400_000, 400_000}, List.of("钢材"), 1_200_000, 0, 0);
        return new FirmSales("G", "0151", List.of(sale("MARKET", 1_000_000, "水果"), rebar));
    }

    static FlagWriter.Flag goodsFlag(ImplausibleGoods goods, FirmSales firm) {
        var findings =
                new FraudFindings(goods, new SalesSurge(), new Reversals(), new Benford(), LocalDate.of(2026, 6, 30));
        return findings.of(firm, Map.of()).stream()
                .filter(f -> f.pattern().equals(FraudFindings.IMPLAUSIBLE_GOODS))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no implausible_goods flag for " + firm.uscc()));
    }

    @Test
    void aFruitGrowerSellingRebarIsFlaggedHighEvenWhenHalfItsThirtyPeersDoTheSame() {
        var goods = new ImplausibleGoods(TABLE, growers(30, 15));
        var finding = goods.assess(seedGrower(), Set.of()).orElseThrow();
        assertThat(finding.categories()).containsExactly("钢材");
        assertThat(finding.buyers()).containsExactly("STEEL-BUYER");
        assertThat(finding.share()).isCloseTo(1_200_000 / 2_200_000.0, within(1e-12));
        assertThat(goodsFlag(goods, seedGrower()).severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void aFruitGrowerSellingRebarIsFlaggedHighInALargePeerGroupToo() {
        var goods = new ImplausibleGoods(TABLE, growers(300, 15));
        assertThat(goods.implausible("0151", "钢材")).isTrue();
        assertThat(goodsFlag(goods, seedGrower()).severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void evenAPeerGroupWhereEveryoneSellsItDoesNotOverrideTheTable() {
        assertThat(new ImplausibleGoods(TABLE, growers(1_000, 1_000)).implausible("0151", "钢材"))
                .isTrue();
    }

    @Test
    void implausibleGoodsUnderHalfOfSalesAreMediumSeverity() {
        // 300 of 1,000 on the pair with steel: 30 %, above the 20 % material share, below half
        var grower = new FirmSales("G", "0151", List.of(sale("B1", 700, "水果"), sale("B2", 300, "水果", "钢材")));
        var goods = new ImplausibleGoods(TABLE, growers(30, 0));
        assertThat(goods.assess(grower, Set.of()).orElseThrow().share()).isCloseTo(0.3, within(1e-12));
        assertThat(goodsFlag(goods, grower).severity()).isEqualTo(Severity.MEDIUM);
    }

    @Test
    void anOrdinaryWholesalerSellingSteelIsNotFlagged() {
        // 5193 has no class row: the wholesale division (51) deals in steel; 5164 metal wholesale has its own row
        var goods = new ImplausibleGoods(
                TABLE, new ImplausibleGoods.PeerCounts(Map.of("51", 500L, "5164", 300L), Map.of()));
        assertThat(goods.assess(new FirmSales("W", "5193", List.of(sale("B1", 1_000, "钢材"))), Set.of()))
                .isEmpty();
        assertThat(goods.assess(new FirmSales("M", "5164", List.of(sale("B1", 1_000, "钢材"))), Set.of()))
                .isEmpty();
    }

    @Test
    void aFruitWholesalerSellingSteelIsFlaggedByItsClassRow() {
        var goods = new ImplausibleGoods(TABLE, new ImplausibleGoods.PeerCounts(Map.of(), Map.of()));
        assertThat(goods.assess(new FirmSales("W", "5123", List.of(sale("B1", 1_000, "水果"))), Set.of()))
                .isEmpty();
        assertThat(goods.assess(new FirmSales("W", "5123", List.of(sale("B1", 1_000, "钢材"))), Set.of()))
                .isPresent();
    }

    @Test
    void whereTheTableHasNoRowPeersDecideOnlyFromTwoHundredSellers() {
        // division 41 (other manufacturing) has no row; nobody in it sells steel
        var small = new ImplausibleGoods(TABLE, new ImplausibleGoods.PeerCounts(Map.of("41", 199L), Map.of()));
        var large = new ImplausibleGoods(TABLE, new ImplausibleGoods.PeerCounts(Map.of("41", 200L), Map.of()));
        assertThat(small.implausible("4190", "钢材")).isFalse();
        assertThat(large.implausible("4190", "钢材")).isTrue();
        var common = new ImplausibleGoods(
                TABLE, new ImplausibleGoods.PeerCounts(Map.of("41", 200L), Map.of("41", Map.of("钢材", 4L))));
        assertThat(common.implausible("4190", "钢材")).isFalse();
    }

    @Test
    void aCategoryTheTableDoesNotKnowIsLeftToThePeers() {
        assertThat(new ImplausibleGoods(TABLE, growers(30, 0)).implausible("0151", "tax:10111"))
                .isFalse();
        assertThat(new ImplausibleGoods(TABLE, growers(300, 0)).implausible("0151", "tax:10111"))
                .isTrue();
    }

    @Test
    void aWaveOfSellersNewToACategoryDoesNotVouchForIt() {
        // 300 firms of division 41, none with a row in the table; 15 start invoicing steel on new pairs for 3 months
        var counter = new PeerCounter(TABLE);
        for (int i = 0; i < 285; i++) {
            counter.add("4190", Map.of("金属制品", 24));
        }
        for (int i = 0; i < 15; i++) {
            counter.add("4190", Map.of("金属制品", 24, "钢材", 3));
        }
        var goods = new ImplausibleGoods(TABLE, counter.counts());
        var member = new FirmSales("V", "4190", List.of(sale("B1", 1_000, "金属制品"), sale("STEEL", 1_000, "钢材")));
        assertThat(goods.assess(member, Set.of()).orElseThrow().categories()).containsExactly("钢材");

        // the same 15 firms selling steel for a year are established: 5 % of the group, evidence that steel is ordinary
        var established = new PeerCounter(TABLE);
        for (int i = 0; i < 300; i++) {
            established.add("4190", i < 15 ? Map.of("金属制品", 24, "钢材", 12) : Map.of("金属制品", 24));
        }
        assertThat(new ImplausibleGoods(TABLE, established.counts()).assess(member, Set.of()))
                .isEmpty();
    }

    @Test
    void aStrayLineBelowTheMaterialShareIsNotFlagged() {
        var grower = new FirmSales("G", "0151", List.of(sale("B1", 900, "水果"), sale("B2", 100, "钢材")));
        assertThat(new ImplausibleGoods(TABLE, growers(30, 0)).assess(grower, Set.of()))
                .isEmpty();
    }

    @Test
    void salesOnARingLegAreReportedAsTheRingNotAsGoods() {
        var grower = new FirmSales("G", "0151", List.of(sale("R", 1_000, "钢材")));
        assertThat(new ImplausibleGoods(TABLE, growers(30, 0)).assess(grower, Set.of("R")))
                .isEmpty();
    }

    @Test
    void aFirmOfUnknownIndustryIsNeverFlagged() {
        var unknown = new FirmSales("U", null, List.of(sale("B1", 1_000, "钢材")));
        assertThat(new ImplausibleGoods(TABLE, growers(30, 0)).assess(unknown, Set.of()))
                .isEmpty();
    }

    @Test
    void aFirmWithoutSalesIsNotFlagged() {
        assertThat(new ImplausibleGoods(TABLE, growers(30, 0)).assess(new FirmSales("E", "0151", List.of()), Set.of()))
                .isEmpty();
    }
}
