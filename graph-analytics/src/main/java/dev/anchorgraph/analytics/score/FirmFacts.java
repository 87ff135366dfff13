package dev.anchorgraph.analytics.score;

import java.time.LocalDate;
import java.util.List;

/**
 * What the score step reads about one firm: its registry facts, its sales per buyer and purchases (monthly, as the
 * {@code SUPPLIES} relationships hold them), its cases, its chains to anchors, related firms with court
 * enforcement records, the fraud patterns flagged on it, and its trade partners in distress or depending on one
 * ({@link DistressSignals}). {@code monitored}: it already borrows ({@code :Borrower}) or a user keeps it on
 * a watchlist, so it is monitored between runs.
 */
record FirmFacts(
        String uscc,
        String status,
        LocalDate foundedOn,
        boolean usccValid,
        boolean monitored,
        List<Sale> sales,
        List<Monthly> purchases,
        List<CaseFact> cases,
        Integer anchorHops,
        double chainStrength,
        List<String> riskyRelated,
        List<FraudFact> fraud,
        List<CounterpartyExposure.Direct> distressed,
        List<CounterpartyExposure.Indirect> exposedPartners) {

    /**
     * A fraud pattern flagged on the firm by the fraud step, with its severity, readable detail and evidence (JSON).
     */
    record FraudFact(String pattern, String severity, String detail, String evidence) {

        private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
                new com.fasterxml.jackson.databind.ObjectMapper();

        /** A number from the evidence, or {@code null} when it has none by that name. */
        Double figure(String name) {
            if (evidence == null) {
                return null;
            }
            try {
                var node = JSON.readTree(evidence).get(name);
                return node != null && node.isNumber() ? node.asDouble() : null;
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                return null;
            }
        }
    }

    /** Sales to one buyer. */
    record Sale(String buyer, boolean largeBuyer, Monthly monthly, LocalDate firstOn, LocalDate lastOn) {}

    /** Parallel monthly lists of one trade relationship. */
    record Monthly(List<String> months, List<Double> amounts, List<Long> counts, List<Long> dayMasks) {}

    record CaseFact(String caseNo, String role, String kind, LocalDate filedOn, LocalDate closedOn, double amount) {}
}
