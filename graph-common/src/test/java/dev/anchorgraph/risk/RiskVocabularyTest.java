package dev.anchorgraph.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RiskVocabularyTest {

    @ParameterizedTest
    @ValueSource(strings = {"scorecard-v1", "scorecard-v2", "scorecard-v3"})
    void everyShippedModelNamesOnlyFeaturesKnockoutsAndTiersTheCodeKnows(String version) {
        var model = RiskModel.load(version);
        assertThat(model.features())
                .extracting(RiskModel.BandedFeature::feature)
                .doesNotContainNull();
        assertThat(model.knockouts())
                .extracting(RiskModel.KnockoutRule::feature)
                .doesNotContainNull();
        assertThat(model.tiers()).extracting(RiskModel.Tier::tier).containsExactly(RiskTier.values());
    }

    @Test
    void everyFeatureKeyParsesBackAndNoTwoShareAKeyOrAProperty() {
        for (var f : Feature.values()) {
            assertThat(Feature.parse(f.key())).isSameAs(f);
        }
        assertThat(Feature.values()).extracting(Feature::key).doesNotHaveDuplicates();
        assertThat(Arrays.stream(Feature.values()).map(Feature::property).filter(Objects::nonNull))
                .doesNotHaveDuplicates();
    }

    @Test
    void theStoredFeaturesAreTheScoringContractsProperties() {
        assertThat(Arrays.stream(Feature.values())
                        .filter(f -> f.stored() != Feature.Stored.NO)
                        .map(Feature::property))
                .containsExactlyInAnyOrder(
                        "anchorHops",
                        "chainStrength",
                        "stableLargeBuyers",
                        "largeBuyers",
                        "largeBuyerShare",
                        "buyerHhi",
                        "annualSales",
                        "invoiceDaysPerMonth",
                        "salesTrend3m",
                        "salesYoy",
                        "monthsTrading",
                        "litigationCount24m",
                        "enforcedCount24m",
                        "ageYears",
                        "counterpartyDistress");
        assertThat(Feature.ANCHOR_HOPS.storedValue(2.0)).isEqualTo(2L);
        assertThat(Feature.CHAIN_STRENGTH.storedValue(0.25)).isEqualTo(0.25);
        assertThat(Feature.ANCHOR_HOPS.storedValue(null)).isNull();
    }

    @Test
    void everyKnockoutKeyAndTierParsesBack() {
        for (var k : Knockout.values()) {
            assertThat(Knockout.parse(k.key())).isSameAs(k);
        }
        for (var t : RiskTier.values()) {
            assertThat(RiskTier.parse(t.code())).isSameAs(t);
        }
        for (var s : RiskStatus.values()) {
            assertThat(RiskStatus.parse(s.code())).isSameAs(s);
        }
        assertThat(RiskStatus.INSUFFICIENT_DATA.code()).isEqualTo("insufficient_data");
        assertThat(RiskTier.D.isWorseThan(RiskTier.C)).isTrue();
        assertThat(RiskTier.A.isWorseThan(RiskTier.A)).isFalse();
    }

    @Test
    void aModelFileWithAnUnknownFeatureFailsToLoadNamingIt() {
        var json = """
                {"version": "typo", "base": 500, "tiers": [{"tier": "A", "min": null}],
                 "features": [{"feature": "chainStrenght", "bands": []}], "knockouts": [], "messages": {}}
                """;
        assertThatThrownBy(() ->
                        RiskModel.read("typo.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("typo.json")
                .hasMessageContaining("Unknown feature 'chainStrenght'")
                .hasMessageContaining("chainStrength");
    }

    @Test
    void aModelFileWithAnUnknownKnockoutOrTierFailsToLoad() {
        var knockout = """
                {"version": "x", "base": 500, "tiers": [], "features": [],
                 "knockouts": [{"feature": "bankrupt", "reason": "KO_X"}], "messages": {}}
                """;
        assertThatThrownBy(() ->
                        RiskModel.read("x.json", new ByteArrayInputStream(knockout.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown knock-out 'bankrupt'");
        var tier = """
                {"version": "x", "base": 500, "tiers": [{"tier": "E", "min": null}], "features": [], "knockouts": []}
                """;
        assertThatThrownBy(
                        () -> RiskModel.read("x.json", new ByteArrayInputStream(tier.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown risk tier 'E'");
    }
}
