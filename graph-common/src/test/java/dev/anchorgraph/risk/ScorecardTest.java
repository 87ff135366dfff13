package dev.anchorgraph.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorecardTest {

    final RiskModel model = RiskModel.current();
    final Scorecard scorecard = new Scorecard(model);

    @Test
    void aHandWorkedFirmScoresAsTheBandsSay() {
        // 500 base + 60 (1 hop) + 20 (strength 0.24) + 80 (4 stable large buyers) + 20 (60 % to large buyers)
        //   + 10 (5 invoicing days a month) + 10 (12 months trading) - 15 (age 2.5 years) = 685 -> A
        var f = new EnumMap<Feature, Double>(Feature.class);
        f.put(Feature.ANCHOR_HOPS, 1.0);
        f.put(Feature.CHAIN_STRENGTH, 0.24);
        f.put(Feature.STABLE_LARGE_BUYERS, 4.0);
        f.put(Feature.LARGE_BUYER_SHARE, 0.6);
        f.put(Feature.BUYER_HHI, 0.3);
        f.put(Feature.INVOICE_DAYS_PER_MONTH, 5.0);
        f.put(Feature.SALES_TREND_3M, 0.05);
        f.put(Feature.ACTIVE_MONTHS_12, 12.0);
        f.put(Feature.LITIGATION_COUNT_24M, 0.0);
        f.put(Feature.AGE_YEARS, 2.5);
        var r = scorecard.score(f, Map.of());
        assertThat(r.score()).isEqualTo(685);
        assertThat(r.tier()).isEqualTo(RiskTier.A);
        assertThat(r.reasons().getFirst()).isEqualTo(new Scorecard.Reason("STABLE_LARGE_BUYERS", 80, "4"));
        assertThat(r.reasons())
                .extracting(Scorecard.Reason::code)
                .containsExactly(
                        "STABLE_LARGE_BUYERS",
                        "CHAIN_HOPS",
                        "CHAIN_STRENGTH",
                        "LARGE_BUYER_SHARE",
                        "FIRM_AGE",
                        "INVOICE_DAYS",
                        "MONTHS_TRADING");
        assertThat(r.reasons()).contains(new Scorecard.Reason("LARGE_BUYER_SHARE", 20, "60%"));
    }

    @Test
    void aFirmWithNothingKnownGetsTheMissingChainPointsOnly() {
        var r = scorecard.score(Map.of(), Map.of());
        assertThat(r.score()).isEqualTo(480);
        assertThat(r.reasons()).containsExactly(new Scorecard.Reason("NO_ANCHOR_CHAIN", -20, ""));
        assertThat(r.tier()).isEqualTo(RiskTier.D);
    }

    @Test
    void aKnockOutForcesTheLastTierWhateverThePoints() {
        var r = scorecard.score(
                Map.of(Feature.ANCHOR_HOPS, 1.0, Feature.STABLE_LARGE_BUYERS, 5.0),
                Map.of(Knockout.STATUS_NOT_ACTIVE, "revoked"));
        assertThat(r.score()).isEqualTo(640);
        assertThat(r.tier()).isEqualTo(RiskTier.D);
        assertThat(r.knockouts()).containsExactly("KO_STATUS_NOT_ACTIVE");
        assertThat(r.reasons().getFirst()).isEqualTo(new Scorecard.Reason("KO_STATUS_NOT_ACTIVE", 0, "revoked"));
        assertThat(model.message("KO_STATUS_NOT_ACTIVE", "zh", "revoked")).isEqualTo("登记状态为revoked，非存续");
    }

    @Test
    void tiersAreOrderedFromBestToWorst() {
        assertThat(model.tiers()).extracting(RiskModel.Tier::tier).containsExactly(RiskTier.values());
        assertThat(model.tiers().getLast().min()).isNull();
    }

    @Test
    void valuesReadAsTheirFormatSays() {
        assertThat(Scorecard.format(0.0712, "decimal3")).isEqualTo("0.071");
        assertThat(Scorecard.format(0.0712, "ratio")).isEqualTo("0.07");
        assertThat(Scorecard.format(0.625, "pct")).isEqualTo("63%");
    }
}
