package dev.anchorgraph.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NameVariantsTest {

    private static final Region SHENZHEN = Regions.ALL.getFirst();

    @Test
    void thePlaceMovesIntoBracketsAndBackOut() {
        var placeFirst =
                company(new GeneratedName("深圳市华瑞精密科技有限公司", "华瑞", "精密科技", "有限公司", GeneratedName.Style.PLACE_FIRST));
        var bracketed =
                company(new GeneratedName("华瑞精密科技（深圳）有限公司", "华瑞", "精密科技", "有限公司", GeneratedName.Style.PLACE_BRACKETED));
        assertThat(NameVariants.swapped(placeFirst)).isEqualTo("华瑞精密科技（深圳）有限公司");
        assertThat(NameVariants.swapped(bracketed)).isEqualTo("深圳市华瑞精密科技有限公司");
    }

    @Test
    void halfWidthBracketsReplaceFullWidthOnes() {
        assertThat(NameVariants.halfWidth("华瑞精密科技（深圳）有限公司")).isEqualTo("华瑞精密科技(深圳)有限公司");
    }

    private static Company company(GeneratedName name) {
        var industry = IndustryGoods.bundled().industry("3982");
        return new Company(
                0,
                "91440305MA5FXXXXX0",
                name,
                SHENZHEN,
                SHENZHEN.districts().getFirst(),
                industry,
                Role.SUPPLIER_1,
                1,
                Scale.SMALL,
                LocalDate.of(2020, 1, 1),
                Status.ACTIVE,
                1_000_000,
                0,
                25,
                -1,
                0);
    }
}
