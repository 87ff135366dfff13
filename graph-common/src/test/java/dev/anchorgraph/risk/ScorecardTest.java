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
    void aFirmKnownOnlyByItsMonthsTradingGetsTheMissingChainPointsAndThoseMonths() {
        var r = scorecard.score(Map.of(Feature.ACTIVE_MONTHS_12, 4.0), Map.of());
        assertThat(r.score()).isEqualTo(470); // 500 - 20 (no chain) - 10 (4 months trading)
        assertThat(r.status()).isEqualTo(RiskStatus.SCORED);
        assertThat(r.reasons())
                .containsExactly(
                        new Scorecard.Reason("NO_ANCHOR_CHAIN", -20, ""),
                        new Scorecard.Reason("MONTHS_TRADING", -10, "4"));
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
    void aFirmWithNoInvoicesIsNotDeclinedButHasInsufficientData() {
        // the registry-only firm of issue 16: no trade at all, old, active, no cases
        var r = scorecard.score(
                Map.of(
                        Feature.ACTIVE_MONTHS_12, 0.0,
                        Feature.ACTIVE_MONTHS_PRIOR_12, 0.0,
                        Feature.STABLE_LARGE_BUYERS, 0.0,
                        Feature.ANNUAL_SALES, 0.0,
                        Feature.AGE_YEARS, 20.0),
                Map.of());
        assertThat(r.status()).isEqualTo(RiskStatus.INSUFFICIENT_DATA);
        assertThat(r.tier()).isNull();
        assertThat(r.score()).isNull();
        assertThat(r.knockouts()).isEmpty();
        assertThat(r.reasons()).containsExactly(new Scorecard.Reason("NO_TRADE_DATA", 0, ""));
        assertThat(model.message("NO_TRADE_DATA", "zh", "")).contains("无贸易数据");
    }

    @Test
    void aFirmWithoutTradeDataStillShowsTheCourtCasesAndYouthThatCountAgainstItButNotTheTradeItLacks() {
        // 2 cases as defendant (-25), 1 enforcement (-80), 0.5 years old (-40); no trade: MONTHS_TRADING (-30),
        // INVOICE_DAYS (-20), STABLE_LARGE_BUYERS (-10) and NO_ANCHOR_CHAIN (-20) are the missing evidence, not shown
        var r = scorecard.score(
                Map.of(
                        Feature.ACTIVE_MONTHS_12, 0.0,
                        Feature.ACTIVE_MONTHS_PRIOR_12, 0.0,
                        Feature.STABLE_LARGE_BUYERS, 0.0,
                        Feature.INVOICE_DAYS_PER_MONTH, 0.0,
                        Feature.LITIGATION_COUNT_24M, 2.0,
                        Feature.ENFORCED_COUNT_24M, 1.0,
                        Feature.AGE_YEARS, 0.5),
                Map.of());

        assertThat(r.status()).isEqualTo(RiskStatus.INSUFFICIENT_DATA);
        assertThat(r.score()).isNull();
        assertThat(r.reasons())
                .containsExactly(
                        new Scorecard.Reason("NO_TRADE_DATA", 0, ""),
                        new Scorecard.Reason("ENFORCED_PARTY", -80, "1"),
                        new Scorecard.Reason("FIRM_AGE", -40, "0.5"),
                        new Scorecard.Reason("LITIGATION_DEFENDANT", -25, "2"));
    }

    @Test
    void aKnockedOutFirmWithNoInvoicesIsStillDeclinedWithItsKnockOut() {
        var r = scorecard.score(
                Map.of(Feature.ACTIVE_MONTHS_12, 0.0), Map.of(Knockout.DISHONEST_DEBTOR, "since 2026-03-01"));
        assertThat(r.status()).isEqualTo(RiskStatus.SCORED);
        assertThat(r.tier()).isEqualTo(RiskTier.D);
        assertThat(r.score()).isNotNull();
        assertThat(r.knockouts()).containsExactly("KO_DISHONEST_DEBTOR");
        assertThat(r.reasons().getFirst())
                .isEqualTo(new Scorecard.Reason("KO_DISHONEST_DEBTOR", 0, "since 2026-03-01"));
    }

    @Test
    void oneMonthFewerThanTheMinimumIsInsufficientAndTheMinimumIsScored() {
        int n = model.insufficientData().minActiveMonths();
        assertThat(n).isEqualTo(3);
        var below = scorecard.score(Map.of(Feature.ACTIVE_MONTHS_12, n - 1.0), Map.of());
        assertThat(below.status()).isEqualTo(RiskStatus.INSUFFICIENT_DATA);
        assertThat(below.tier()).isNull();
        assertThat(below.reasons()).containsExactly(new Scorecard.Reason("THIN_TRADE_DATA", 0, String.valueOf(n - 1)));
        var at = scorecard.score(Map.of(Feature.ACTIVE_MONTHS_12, (double) n), Map.of());
        assertThat(at.status()).isEqualTo(RiskStatus.SCORED);
        assertThat(at.tier()).isNotNull();
        assertThat(at.score()).isNotNull();
    }

    @Test
    void aFirmWhoseTradeStoppedIsScoredOnTheYearBefore() {
        // a trade record that ended is evidence, not its absence
        var r = scorecard.score(
                Map.of(Feature.ACTIVE_MONTHS_12, 0.0, Feature.ACTIVE_MONTHS_PRIOR_12, 12.0, Feature.SALES_YOY, -1.0),
                Map.of());
        assertThat(r.status()).isEqualTo(RiskStatus.SCORED);
        assertThat(r.tier()).isEqualTo(RiskTier.D);
        assertThat(r.reasons()).extracting(Scorecard.Reason::code).contains("MONTHS_TRADING", "SALES_YOY");
    }

    @Test
    void aModelWithoutTheRuleScoresEveryFirm() {
        var r = new Scorecard(RiskModel.load("scorecard-v1")).score(Map.of(), Map.of());
        assertThat(r.status()).isEqualTo(RiskStatus.SCORED);
        assertThat(r.tier()).isNotNull();
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
