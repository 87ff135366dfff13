package dev.anchorgraph.risk;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.anchorgraph.contract.Codes;
import java.util.Locale;

/**
 * How much to lend a firm, by the model's {@link RiskModel.LimitPolicy} (docs/risk-model.md, Suggested limit):
 *
 * <pre>
 * limit = roundDown(min(share × stableBuyerSales12,  months × annualSales / 12,  tierCap[tier]), roundTo)
 * </pre>
 *
 * <p>What a firm is lent is repaid out of what it sells to buyers who pay regularly, so the limit is a share of the
 * last 12 months' sales to stable large buyers; a multiple of the average month's sales keeps it in proportion to the
 * whole business, and the tier's cap bounds it by risk. Zero for tier D (decline) and for a firm with insufficient
 * data (no tier to cap it by): the answer is "not on this evidence", not a small amount. The basis names the rule that
 * bound the amount; when two rules give the same amount, the first of share, months, tier cap is named.
 *
 * <p>Worked example, with scorecard-v3's policy (share 0.2, 2 months, tier B capped at 2,000,000, rounded down to
 * 10,000): a tier-B firm that sold 9,000,000 over 12 months, 6,000,000 of it to stable large buyers: share
 * 0.2 × 6,000,000 = 1,200,000; months 2 × 750,000 = 1,500,000; cap 2,000,000: the limit is 1,200,000, basis
 * {@code stable_sales_share}. Had all 9,000,000 gone to stable large buyers, the share would give 1,800,000 and the
 * months rule would bind at 1,500,000 ({@code sales_months}); as a tier-C firm (cap 500,000), {@code tier_cap}.
 */
public final class SuggestedLimit {

    private final RiskModel.LimitPolicy policy;

    public SuggestedLimit(RiskModel.LimitPolicy policy) {
        this.policy = policy;
    }

    /** The rule that bound the amount; stored as {@code Company.suggestedLimitBasis}. */
    public enum Basis {
        /** {@code shareOfStableSales} × sales to stable large buyers was the smallest. */
        STABLE_SALES_SHARE,
        /** {@code monthsOfSalesCap} × average monthly sales was the smallest. */
        SALES_MONTHS,
        /** The tier's cap was the smallest. */
        TIER_CAP,
        /** Tier D: nothing is suggested. */
        TIER_D,
        /** Too little trade evidence for a tier: nothing is suggested. */
        INSUFFICIENT_DATA,
        /** No sales to stable large buyers in the last 12 months: nothing to lend against. */
        NO_STABLE_SALES;

        @JsonValue
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Basis parse(String code) {
            return Codes.parse(Basis.class, Basis::code, "suggested-limit basis", code);
        }
    }

    /**
     * @param amount  in the policy's currency, a multiple of its {@code roundTo}
     * @param tierCap the cap of the firm's tier, {@code null} when it has none (or no tier)
     */
    public record Limit(long amount, Basis basis, Long tierCap) {}

    /**
     * @param status             the firm's risk status; {@code insufficient_data} gives 0
     * @param tier               the firm's tier ({@code null} with insufficient data)
     * @param stableBuyerSales12 sales to stable large buyers over the last 12 months
     * @param annualSales        all sales over the last 12 months
     */
    public Limit of(RiskStatus status, RiskTier tier, double stableBuyerSales12, double annualSales) {
        if (status == RiskStatus.INSUFFICIENT_DATA || tier == null) {
            return new Limit(0, Basis.INSUFFICIENT_DATA, null);
        }
        var cap = policy.tierCaps() == null ? null : policy.tierCaps().get(tier);
        if (tier == RiskTier.D) {
            return new Limit(0, Basis.TIER_D, cap);
        }
        if (stableBuyerSales12 <= 0) {
            return new Limit(0, Basis.NO_STABLE_SALES, cap);
        }
        double amount = policy.shareOfStableSales() * stableBuyerSales12;
        var basis = Basis.STABLE_SALES_SHARE;
        double months = policy.monthsOfSalesCap() * Math.max(0, annualSales) / 12;
        if (months < amount) {
            amount = months;
            basis = Basis.SALES_MONTHS;
        }
        if (cap != null && cap < amount) {
            amount = cap;
            basis = Basis.TIER_CAP;
        }
        long unit = Math.max(1, policy.roundTo());
        // a hair of tolerance: 0.2 × 6,000,000 must not round down to 1,190,000 through a binary fraction
        return new Limit((long) Math.floor(amount / unit + 1e-9) * unit, basis, cap);
    }
}
