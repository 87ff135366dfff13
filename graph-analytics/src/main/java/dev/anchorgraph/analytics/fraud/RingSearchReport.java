package dev.anchorgraph.analytics.fraud;

/** What a ring search covered and what it left out, in the words of the run's report. */
final class RingSearchReport {

    private RingSearchReport() {}

    static String of(RingFinder.Result r, RingFinder.Settings s) {
        var text = new StringBuilder("%,d firm(s) on trade loops, the largest strongly connected component %,d"
                .formatted(r.firms(), r.largestComponent()));
        if (r.hubs() > 0) {
            text.append("; %,d firm(s) with more than %,d trading partners not searched through".formatted(r.hubs(), s.maxPartners()));
        }
        if (r.truncatedFirms() > 0) {
            text.append("; %,d seed(s) stopped after %,d leg visits, rings through them may be missing"
                    .formatted(r.truncatedFirms(), s.maxStepsPerFirm()));
        }
        if (!r.complete()) {
            text.append("; the search ran out of time before the last firm");
        }
        return text.toString();
    }
}
