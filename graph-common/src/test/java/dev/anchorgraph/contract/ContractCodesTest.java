package dev.anchorgraph.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContractCodesTest {

    @Test
    void everyAlertTypeCodeParsesBackToItsType() {
        for (var t : AlertType.values()) {
            assertThat(AlertType.parse(t.code())).isSameAs(t);
        }
    }

    @Test
    void alertTypeCodesAreTheStoredLowerCaseSpelling() {
        assertThat(AlertType.values())
                .extracting(AlertType::code)
                .containsExactly(
                        "sales_drop",
                        "stable_buyer_silent",
                        "new_litigation",
                        "new_enforcement",
                        "new_dishonest_debtor",
                        "tier_downgrade",
                        "new_fraud_pattern",
                        "counterparty_distress");
    }

    @Test
    void alertMessagesFillTheirArgumentsInBothLanguages() {
        assertThat(AlertType.TIER_DOWNGRADE.en("B", "D", "600", "450"))
                .isEqualTo("Risk tier down from B to D (score 600 → 450)");
        assertThat(AlertType.TIER_DOWNGRADE.zh("B", "D", "600", "450")).isEqualTo("风险等级由B降至D（评分600→450）");
        // an apostrophe in an argument or template is literal, not MessageFormat quoting
        assertThat(AlertType.NEW_FRAUD_PATTERN.en("benford", "MAD 0.081 'x'"))
                .isEqualTo("New fraud pattern: benford (MAD 0.081 'x')");
    }

    @Test
    void severitiesAreStoredInLowerCaseAndParseBack() {
        assertThat(Severity.values()).extracting(Severity::code).containsExactly("high", "medium", "low");
        for (var s : Severity.values()) {
            assertThat(Severity.parse(s.code())).isSameAs(s);
        }
    }

    @Test
    void runStatusesAreStoredInLowerCaseAndParseBack() {
        assertThat(RunStatus.values()).extracting(RunStatus::code).containsExactly("complete", "warnings");
        for (var s : RunStatus.values()) {
            assertThat(RunStatus.parse(s.code())).isSameAs(s);
        }
    }

    @Test
    void fraudPatternsAreStoredInLowerCaseAndParseBack() {
        assertThat(FraudPattern.values())
                .extracting(FraudPattern::code)
                .containsExactly(
                        "circular_trading",
                        "implausible_goods",
                        "sales_surge",
                        "reversals",
                        "shell_cluster",
                        "related_party_trade",
                        "benford");
        for (var p : FraudPattern.values()) {
            assertThat(FraudPattern.parse(p.code())).isSameAs(p);
        }
    }

    @Test
    void anUnknownCodeFailsNamingTheCodesThatExist() {
        assertThatThrownBy(() -> Severity.parse("HIGH"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown severity 'HIGH': expected one of high, medium, low");
        assertThatThrownBy(() -> AlertType.parse("sales drop")).hasMessageContaining("sales_drop, stable_buyer_silent");
        assertThatThrownBy(() -> RunStatus.parse(null))
                .hasMessage("Unknown run status 'null': expected one of complete, warnings");
    }
}
