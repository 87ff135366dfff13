package dev.anchorgraph.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.risk.SuggestedLimit.Basis;
import dev.anchorgraph.risk.SuggestedLimit.Limit;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuggestedLimitTest {

    /** scorecard-v3's policy: 20 % of stable sales, 2 months of sales, caps A 5m / B 2m / C 0.5m / D 0, by 10,000. */
    final SuggestedLimit limit =
            new SuggestedLimit(RiskModel.load("scorecard-v3").limitPolicy());

    @Test
    void scorecardV3CarriesTheDocumentedPolicy() {
        var p = RiskModel.load("scorecard-v3").limitPolicy();
        assertThat(p.shareOfStableSales()).isEqualTo(0.2);
        assertThat(p.monthsOfSalesCap()).isEqualTo(2.0);
        assertThat(p.tierCaps())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(RiskTier.A, 5_000_000L, RiskTier.B, 2_000_000L, RiskTier.C, 500_000L, RiskTier.D, 0L));
        assertThat(p.currency()).isEqualTo("CNY");
        assertThat(p.roundTo()).isEqualTo(10_000L);
    }

    @Test
    void aShareOfTheSalesToStableBuyersBindsWhenItIsTheSmallest() {
        // 0.2 × 6,000,000 = 1,200,000 < 2 × 9,000,000 / 12 = 1,500,000 < 2,000,000 (B)
        assertThat(limit.of(RiskStatus.SCORED, RiskTier.B, 6_000_000, 9_000_000))
                .isEqualTo(new Limit(1_200_000, Basis.STABLE_SALES_SHARE, 2_000_000L));
    }

    @Test
    void twoMonthsOfSalesBindWhenAlmostAllSalesGoToStableBuyers() {
        // 0.2 × 9,000,000 = 1,800,000 > 2 × 750,000 = 1,500,000
        assertThat(limit.of(RiskStatus.SCORED, RiskTier.B, 9_000_000, 9_000_000))
                .isEqualTo(new Limit(1_500_000, Basis.SALES_MONTHS, 2_000_000L));
    }

    @Test
    void theTierCapBindsALargeFirmOfAWeakerTier() {
        // 0.2 × 6,000,000 = 1,200,000 and 1,500,000 both above C's 500,000
        assertThat(limit.of(RiskStatus.SCORED, RiskTier.C, 6_000_000, 9_000_000))
                .isEqualTo(new Limit(500_000, Basis.TIER_CAP, 500_000L));
        // A's 5,000,000 is far above either: the share binds
        assertThat(limit.of(RiskStatus.SCORED, RiskTier.A, 6_000_000, 9_000_000).basis())
                .isEqualTo(Basis.STABLE_SALES_SHARE);
    }

    @Test
    void theAmountIsRoundedDownToTheUnit() {
        // 0.2 × 1,234,567 = 246,913.4 -> 240,000
        assertThat(limit.of(RiskStatus.SCORED, RiskTier.A, 1_234_567, 9_000_000))
                .isEqualTo(new Limit(240_000, Basis.STABLE_SALES_SHARE, 5_000_000L));
    }

    @Test
    void tierDIsLentNothingWhateverItsSales() {
        assertThat(limit.of(RiskStatus.SCORED, RiskTier.D, 6_000_000, 9_000_000))
                .isEqualTo(new Limit(0, Basis.TIER_D, 0L));
    }

    @Test
    void aFirmWithInsufficientDataIsLentNothing() {
        assertThat(limit.of(RiskStatus.INSUFFICIENT_DATA, null, 0, 50_000))
                .isEqualTo(new Limit(0, Basis.INSUFFICIENT_DATA, null));
    }

    @Test
    void aFirmWithoutStableLargeBuyersHasNothingToLendAgainst() {
        assertThat(limit.of(RiskStatus.SCORED, RiskTier.A, 0, 9_000_000))
                .isEqualTo(new Limit(0, Basis.NO_STABLE_SALES, 5_000_000L));
    }

    @Test
    void aTierTheCapsDoNotListHasNoCap() throws IOException {
        var json = """
                {"version": "x", "base": 500, "tiers": [], "features": [], "knockouts": [], "messages": {},
                 "limitPolicy": {"shareOfStableSales": 0.5, "monthsOfSalesCap": 12, "tierCaps": {"C": 100},
                                 "currency": "CNY", "roundTo": 0}}
                """;
        var policy = RiskModel.read("x.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))
                .limitPolicy();
        assertThat(new SuggestedLimit(policy).of(RiskStatus.SCORED, RiskTier.A, 10_000_001, 20_000_000))
                .isEqualTo(new Limit(5_000_000, Basis.STABLE_SALES_SHARE, null));
    }

    @Test
    void modelsWithoutAPolicySuggestNoLimit() {
        assertThat(RiskModel.load("scorecard-v1").limitPolicy()).isNull();
        assertThat(RiskModel.load("scorecard-v2").limitPolicy()).isNull();
    }

    @Test
    void everyBasisCodeParsesBack() {
        for (var b : Basis.values()) {
            assertThat(Basis.parse(b.code())).isSameAs(b);
        }
        assertThat(Basis.STABLE_SALES_SHARE.code()).isEqualTo("stable_sales_share");
    }
}
