package dev.anchorgraph.service.risk;

import dev.anchorgraph.risk.RiskModel;
import dev.anchorgraph.risk.RiskTier;

/**
 * The suggested limit the score step stored, with the figures it was worked from (docs/risk-model.md, Suggested
 * limit): {@code amount = min(shareOfStableSales × stableBuyerSales12, monthsOfSalesCap × averageMonthlySales,
 * tierCap)}, rounded down; 0 for tier D and for insufficient data.
 *
 * @param currency the policy's currency; null when the model file is unknown to this service
 * @param basis    the rule that bound it: {@code stable_sales_share}, {@code sales_months}, {@code tier_cap},
 *                 {@code tier_d}, {@code insufficient_data} or {@code no_stable_sales}
 */
public record SuggestedLimitView(long amount, String currency, String basis, Inputs inputs) {

    /**
     * @param stableBuyerSales12  sales to stable large buyers over the last 12 months
     * @param averageMonthlySales the last 12 months' sales ÷ 12
     * @param tierCap             the cap of the firm's tier; null when it has none (or no tier)
     */
    public record Inputs(
            Double stableBuyerSales12,
            Double averageMonthlySales,
            Double shareOfStableSales,
            Double monthsOfSalesCap,
            Long tierCap) {}

    /** Null when the firm has no stored limit: the model that scored it has no limit policy. */
    static SuggestedLimitView of(RiskFacts f, RiskModel.LimitPolicy policy) {
        if (f.suggestedLimit() == null) {
            return null;
        }
        var cap = policy == null || policy.tierCaps() == null || f.tier() == null
                ? null
                : policy.tierCaps().get(RiskTier.parse(f.tier()));
        return new SuggestedLimitView(
                f.suggestedLimit(),
                policy == null ? null : policy.currency(),
                f.suggestedLimitBasis(),
                new Inputs(
                        f.stableBuyerSales12(),
                        f.annualSales() == null ? null : f.annualSales() / 12,
                        policy == null ? null : policy.shareOfStableSales(),
                        policy == null ? null : policy.monthsOfSalesCap(),
                        cap));
    }
}
