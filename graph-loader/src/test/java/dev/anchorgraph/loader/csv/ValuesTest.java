package dev.anchorgraph.loader.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-29", "2024/02/29", "20240229"})
    void theThreeDateFormsAreAccepted(String raw) {
        assertThat(Values.date(raw)).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29", "2024-13-01", "24-01-01", "2024.01.01", "2024-1-1", "二〇二四年", "2024-01-01x"})
    void anythingElseIsNotADate(String raw) {
        assertThat(Values.date(raw)).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "12000.50; 12000.50",
                "'1,234,567.89'; 1234567.89",
                "-500; -500",
                ".5; 0.5",
                "+3; 3",
                "7.; 7",
                "-0.25; -0.25"
            })
    void amountsArePlainDecimalsWithOptionalThousandsSeparators(String raw, BigDecimal expected) {
        assertThat(Values.amount(raw)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2.3", "12,34", "1,2345", "abc", "1e5", "¥100", "", "+", "-", ".", "+.", "1 000", "١٢"})
    void malformedAmountsAreRefused(String raw) {
        assertThat(Values.amount(raw)).isNull();
    }
}
