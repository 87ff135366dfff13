package dev.anchorgraph.analytics.fraud;

import java.util.Locale;

/** What a ring search covered and what it left out, in the words of the run's report. */
final class RingSearchReport {

    private RingSearchReport() {}

    static String of(RingFinder.Result r, RingFinder.Settings s) {
        var text = new StringBuilder(String.format(
                Locale.ROOT,
                "%,d firm(s) on trade loops, the largest strongly connected component %,d",
                r.firms(),
                r.largestComponent()));
        if (r.hubs() > 0) {
            text.append(String.format(
                    Locale.ROOT,
                    "; %,d firm(s) with more than %,d trading partners not searched through",
                    r.hubs(),
                    s.maxPartners()));
        }
        if (r.truncatedFirms() > 0) {
            text.append(String.format(
                    Locale.ROOT,
                    "; %,d seed(s) stopped after %,d leg visits, rings through them may be missing",
                    r.truncatedFirms(),
                    s.maxStepsPerFirm()));
        }
        if (!r.complete()) {
            text.append("; the search ran out of time before the last firm");
        }
        return text.toString();
    }
}
