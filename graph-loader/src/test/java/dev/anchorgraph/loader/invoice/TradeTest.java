package dev.anchorgraph.loader.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.loader.csv.Categories;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TradeTest {

    static Invoice invoice(String date, long cents, Invoice.Kind kind, String category) {
        return new Invoice(
                0,
                1,
                (int) LocalDate.parse(date).toEpochDay(),
                cents,
                kind,
                category == null ? List.of() : List.of(category));
    }

    static int month(int year, int month) {
        return year * 12 + month - 1;
    }

    @Test
    void normalRedAndVoidInvoicesAddUpAsTheModelSays() {
        var t = new Trade();
        t.add(invoice("2026-01-05", 100_00, Invoice.Kind.NORMAL, "钢材"));
        t.add(invoice("2026-01-05", 50_00, Invoice.Kind.NORMAL, "钢材"));
        t.add(invoice("2026-02-10", 30_00, Invoice.Kind.NORMAL, "涂料"));
        t.add(invoice("2026-02-11", -20_00, Invoice.Kind.RED, "钢材"));
        t.add(invoice("2026-02-12", 999_00, Invoice.Kind.VOID, "钢材"));
        var p = TradeProperties.of(t, month(2026, 2), 24);
        assertThat(p.get("amount")).isEqualTo(160.0);
        assertThat(p.get("invoiceCount")).isEqualTo(3L);
        assertThat(p.get("redAmount")).isEqualTo(20.0);
        assertThat(p.get("voidAmount")).isEqualTo(999.0);
        assertThat(p.get("months")).isEqualTo(List.of("2026-01", "2026-02"));
        assertThat(p.get("monthlyAmounts")).isEqualTo(List.of(150.0, 10.0));
        assertThat(p.get("monthlyCounts")).isEqualTo(List.of(2L, 1L));
        assertThat(p.get("activeDays")).isEqualTo(2L);
        assertThat(p.get("firstOn")).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(p.get("lastOn")).isEqualTo(LocalDate.of(2026, 2, 10));
        assertThat(p.get("categories")).isEqualTo(List.of("涂料", "钢材"));
    }

    @Test
    void monthsOutsideTheWindowLeaveTheListsButNotTheTotals() {
        var t = new Trade();
        t.add(invoice("2023-12-31", 1_00, Invoice.Kind.NORMAL, null));
        t.add(invoice("2026-01-01", 2_00, Invoice.Kind.NORMAL, null));
        var p = TradeProperties.of(t, month(2026, 1), 24);
        assertThat(p.get("months")).isEqualTo(List.of("2026-01"));
        assertThat(p.get("amount")).isEqualTo(3.0);
        assertThat(p.get("activeDays")).isEqualTo(1L);
    }

    @Test
    void writtenPropertiesReadBackAndMergeLikeOneBigLoad() {
        var first = new Trade();
        first.add(invoice("2026-01-05", 100_00, Invoice.Kind.NORMAL, "钢材"));
        var second = new Trade();
        second.add(invoice("2026-01-05", 40_00, Invoice.Kind.NORMAL, "钢材"));
        second.add(invoice("2026-03-01", 10_00, Invoice.Kind.NORMAL, "涂料"));
        var both = new Trade();
        both.add(invoice("2026-01-05", 100_00, Invoice.Kind.NORMAL, "钢材"));
        both.add(invoice("2026-01-05", 40_00, Invoice.Kind.NORMAL, "钢材"));
        both.add(invoice("2026-03-01", 10_00, Invoice.Kind.NORMAL, "涂料"));
        var merged = TradeProperties.read(TradeProperties.of(first, month(2026, 1), 24));
        merged.merge(second);
        assertThat(TradeProperties.of(merged, month(2026, 3), 24))
                .isEqualTo(TradeProperties.of(both, month(2026, 3), 24));
    }

    @Test
    void theCategoryIsBetweenTheFirstTwoAsterisksOrElseTheTaxCodePrefix() {
        assertThat(Categories.of("*水果*苹果", null)).isEqualTo("水果");
        assertThat(Categories.of("＊钢材＊螺纹钢", null)).isEqualTo("钢材");
        assertThat(Categories.of("螺纹钢", "1080205010000000000")).isEqualTo("tax:10802");
        assertThat(Categories.of("", null)).isNull();
    }

    @Test
    void categoriesPastTheCapAreCountedNotDroppedSilentlyAndTheCountSurvivesAMerge() {
        var t = new Trade();
        for (int c = 0; c < Trade.MAX_CATEGORIES + 2; c++) {
            t.add(invoice("2026-01-05", 100, Invoice.Kind.NORMAL, "cat" + (100 + c)));
        }
        t.add(invoice("2026-01-06", 100, Invoice.Kind.NORMAL, "cat100"));
        var p = TradeProperties.of(t, month(2026, 1), 24);

        assertThat((List<?>) p.get("categories")).hasSize(Trade.MAX_CATEGORIES);
        assertThat(p.get("categoriesOmitted")).isEqualTo(2L);
        var earlier = TradeProperties.read(p);
        var next = new Trade();
        next.add(invoice("2026-02-01", 100, Invoice.Kind.NORMAL, "cat999"));
        earlier.merge(next);
        assertThat(TradeProperties.of(earlier, month(2026, 2), 24).get("categoriesOmitted"))
                .isEqualTo(3L);
        assertThat(TradeProperties.of(new Trade(), month(2026, 2), 24).get("categoriesOmitted"))
                .isNull();
    }
}
