package dev.anchorgraph.analytics.monitor;

import dev.anchorgraph.risk.RiskTier;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What one score run found about a borrower, as the monitor compares it with the previous run.
 *
 * @param tier         {@code null} (as the score) when the firm has insufficient data for a tier
 * @param monthlySales sales per month, {@code [0]} = the as-of month, going back
 * @param buyersLastOn the last invoice date to each buyer
 * @param stableBuyers the buyers that are stable large buyers in this run
 * @param cases        the cases the firm is a party to
 * @param fraud        the fraud patterns flagged on the firm in this run
 * @param distressed   its direct buyers and suppliers in distress, with their share of its sales or purchases
 */
public record BorrowerState(
        String uscc,
        RiskTier tier,
        Integer score,
        double[] monthlySales,
        Map<String, LocalDate> buyersLastOn,
        List<String> stableBuyers,
        List<CaseRef> cases,
        List<FraudRef> fraud,
        List<Distressed> distressed) {

    public record CaseRef(String caseNo, String kind, String role, LocalDate filedOn) {}

    public record FraudRef(String pattern, String severity, String detail) {}

    /** A buyer ({@code side = sales}) or supplier ({@code purchases}) in distress, and what says so. */
    public record Distressed(
            String uscc, String name, String side, double share, List<String> signals, LocalDate since) {}
}
