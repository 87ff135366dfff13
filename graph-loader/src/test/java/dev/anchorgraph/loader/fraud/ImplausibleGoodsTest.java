package dev.anchorgraph.loader.fraud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ImplausibleGoodsTest {

    static final GoodsPlausibility TABLE = GoodsPlausibility.bundled();
    /** 40 fruit growers (0151), 2 selling steel; 40 fruit wholesalers (5123); 40 makers in 3399 (no row), 10 selling 钢材. */
    static final ImplausibleGoods.PeerCounts PEERS = new ImplausibleGoods.PeerCounts(
            Map.of("0151", 40L, "5123", 40L, "33", 40L),
            Map.of("0151", Map.of("水果", 40L, "钢材", 2L), "5123", Map.of("水果", 40L), "33", Map.of("钢材", 10L)));

    static FirmSales.Sale sale(String buyer, double amount, String... categories) {
        return new FirmSales.Sale(buyer, new double[] {amount}, List.of(categories), amount, 0, 0);
    }

    @Test
    void steelFromAFruitGrowerIsFlaggedWithItsShareOfSales() {
        // 300 of 1,000 sales on the pair with steel: 30 %, above 20 %
        var grower = new FirmSales("G", "0151", List.of(sale("B1", 700, "水果"), sale("B2", 300, "水果", "钢材")));
        var finding = new ImplausibleGoods(TABLE, PEERS).assess(grower, Set.of()).orElseThrow();
        assertThat(finding.categories()).containsExactly("钢材");
        assertThat(finding.buyers()).containsExactly("B2");
        assertThat(finding.share()).isCloseTo(0.3, within(1e-12));
    }

    @Test
    void aFruitWholesalersFruitIsNotFlagged() {
        var wholesaler = new FirmSales("W", "5123", List.of(sale("B1", 1_000, "水果")));
        assertThat(new ImplausibleGoods(TABLE, PEERS).assess(wholesaler, Set.of())).isEmpty();
    }

    @Test
    void aStrayLineBelowTheMaterialShareIsNotFlagged() {
        var grower = new FirmSales("G", "0151", List.of(sale("B1", 900, "水果"), sale("B2", 100, "钢材")));
        assertThat(new ImplausibleGoods(TABLE, PEERS).assess(grower, Set.of())).isEmpty();
    }

    @Test
    void salesOnARingLegAreReportedAsTheRingNotAsGoods() {
        var grower = new FirmSales("G", "0151", List.of(sale("R", 1_000, "钢材")));
        assertThat(new ImplausibleGoods(TABLE, PEERS).assess(grower, Set.of("R"))).isEmpty();
    }

    @Test
    void withoutATableRowTheDataDecides() {
        // a quarter of 3399 makers sell steel: common, so plausible; nobody sells fruit: implausible
        var goods = new ImplausibleGoods(TABLE, PEERS);
        assertThat(goods.implausible("3399", "钢材")).isFalse();
        assertThat(goods.implausible("3399", "水果")).isTrue();
    }

    @Test
    void aFirmOfUnknownIndustryIsNeverFlagged() {
        var unknown = new FirmSales("U", null, List.of(sale("B1", 1_000, "钢材")));
        assertThat(new ImplausibleGoods(TABLE, PEERS).assess(unknown, Set.of())).isEmpty();
    }

    @Test
    void aFirmWithoutSalesIsNotFlagged() {
        assertThat(new ImplausibleGoods(TABLE, PEERS).assess(new FirmSales("E", "0151", List.of()), Set.of())).isEmpty();
    }
}
