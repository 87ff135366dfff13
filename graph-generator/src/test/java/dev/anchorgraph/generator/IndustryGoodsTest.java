package dev.anchorgraph.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class IndustryGoodsTest {

    private final IndustryGoods goods = IndustryGoods.bundled();

    @Test
    void everyIndustryOfEveryChainHasGoodsAndNameWords() {
        var codes = ChainTemplates.ALL.stream()
                .flatMap(t -> Stream.of(
                                t.anchors(), t.suppliers1(), t.suppliers2(), t.distributors1(), t.distributors2())
                        .flatMap(List::stream));
        Stream.concat(codes, Stream.concat(ChainTemplates.LOGISTICS.stream(), ChainTemplates.SHELL.stream()))
                .forEach(code -> {
                    var profile = goods.industry(code);
                    assertThat(profile.goods()).as(code).isNotEmpty();
                    assertThat(profile.nameWords()).as(code).isNotEmpty();
                    assertThat(profile.section()).as(code).matches("[A-T]");
                });
    }

    @Test
    void aFruitWholesalerFitsFruitButNotSteel() {
        assertThat(goods.fits("5123", "水果")).isTrue();
        assertThat(goods.fits("5123", "钢材")).isFalse();
        assertThat(goods.fits("9999", "水果")).isFalse();
        assertThat(goods.industry("5123").name()).isEqualTo("果品、蔬菜批发");
    }

    @Test
    void itemsHaveVatStyleNamesAndNineteenDigitTaxCodes() {
        assertThat(goods.categories()).allSatisfy(c -> {
            assertThat(c.items()).isNotEmpty().hasSizeLessThanOrEqualTo(InvoiceRows.ITEMS_PER_CATEGORY);
            assertThat(c.taxRatePercent()).isIn(13, 9, 6);
            assertThat(c.taxCode(0)).matches("[0-9]{19}");
        });
        assertThat(goods.category("钢材").itemName(0)).isEqualTo("*钢材*螺纹钢");
    }
}
