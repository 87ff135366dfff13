package dev.anchorgraph.loader.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.anchorgraph.loader.csv.Reject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountsTest {

    /** Round rates of the test's own, so that each CNY equivalent below can be checked by hand. */
    static final FxRates RATES = rates("""
            # as_of: 2025-06-30
            # source: test
            currency,cny_per_unit
            USD,7.1586
            HKD,0.9120
            EUR,8.4024
            JPY,0.0496
            """);

    static FxRates rates(String text) {
        try {
            return FxRates.parse(new BufferedReader(new StringReader(text)), "test");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest(name = "{0} is {1} {2}, CNY {3}")
    @CsvSource(delimiter = '|', textBlock = """
            500万元           | 5000000    | CNY | 5000000.00
            500万元人民币      | 5000000    | CNY | 5000000.00
            人民币500万        | 5000000    | CNY | 5000000.00
            ￥500万           | 5000000    | CNY | 5000000.00
            5000000          | 5000000    | CNY | 5000000.00
            '1,000,000'      | 1000000    | CNY | 1000000.00
            1.5亿元           | 150000000  | CNY | 150000000.00
            500万            | 5000000    | CNY | 5000000.00
            1000万美元         | 10000000   | USD | 71586000.00
            10824311 美元     | 10824311   | USD | 77486912.72
            'USD 1,000,000'  | 1000000    | USD | 7158600.00
            1000000USD       | 1000000    | USD | 7158600.00
            500万港元          | 5000000    | HKD | 4560000.00
            HKD 500万         | 5000000    | HKD | 4560000.00
            300万欧元          | 3000000    | EUR | 25207200.00
            100万日元          | 1000000    | JPY | 49600.00
            ５００万美元         | 5000000    | USD | 35793000.00
            12.345万元        | 123450     | CNY | 123450.00
            """)
    void capitalAsExtractsStateItKeepsAmountCurrencyAndACnyEquivalent(
            String raw, BigDecimal amount, String currency, BigDecimal cny) {
        var money = Amounts.parse("registered_capital", raw, RATES);
        assertThat(money.amount()).isEqualByComparingTo(amount);
        assertThat(money.currency()).isEqualTo(currency);
        assertThat(money.cny()).isEqualTo(cny);
    }

    @Test
    void aCurrencyWithoutARateKeepsItsAmountButHasNoCnyEquivalent() {
        var money = Amounts.parse("registered_capital", "200万英镑", RATES);
        assertThat(money.amount()).isEqualByComparingTo("2000000");
        assertThat(money.currency()).isEqualTo("GBP");
        assertThat(money.cny()).isNull();
    }

    @ParameterizedTest
    @CsvSource({"很多钱", "500万万", "-500万元", "1.2.3", "美元"})
    void whatIsNoAmountOfMoneyIsRefusedWithTheColumnNamed(String raw) {
        assertThatThrownBy(() -> Amounts.parse("registered_capital", raw, RATES))
                .isInstanceOf(Reject.class)
                .hasMessageContaining("registered_capital '" + raw + "'");
    }

    @Test
    void theShippedRatesTableStatesItsDateAndSourceAndHasTheUsualCurrencies() {
        var shipped = FxRates.load(null);
        assertThat(shipped.asOf()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(shipped.source()).contains("CFETS");
        assertThat(shipped.cnyPerUnit()).containsKeys("CNY", "USD", "HKD", "EUR", "JPY", "GBP");
    }

    @Test
    void aUsersRatesFileReplacesTheShippedTable(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        var file = dir.resolve("rates.csv");
        java.nio.file.Files.writeString(file, """
                # as_of: 2026-11-30
                # source: the bank's treasury
                currency,cny_per_unit
                USD,7.0
                """);
        var own = FxRates.load(file);
        assertThat(own.asOf()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(Amounts.parse("c", "100万美元", own).cny()).isEqualTo(new BigDecimal("7000000.00"));
        assertThat(own.knows("EUR")).isFalse();
    }

    @Test
    void aRatesTableWithoutItsDateIsRefused() {
        assertThatThrownBy(() -> rates("currency,cny_per_unit\nUSD,7\n")).hasMessageContaining("as_of");
    }
}
