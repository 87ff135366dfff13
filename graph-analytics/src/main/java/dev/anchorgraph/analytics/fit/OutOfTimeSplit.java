package dev.anchorgraph.analytics.fit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Out-of-time validation: the firms observed on or after {@code from} ({@code observed_on} of the outcomes) are held
 * out of the fit and of the random hold-out, to see whether the model holds on a later population. Possible only when
 * the dates allow it: the earlier firms must hold defaults and non-defaults to fit on, and so must the later ones to
 * measure an AUC; otherwise {@link #note} says why, and every firm is fitted and split as without the option.
 *
 * <p>{@code observed_on} means what the bank's outcomes say. In the generator's outcomes it is the default day for a
 * defaulter and the end of the window for the others, so a date splits defaulters by when they defaulted, not firms by
 * cohort: on such data the split is refused (every non-defaulter is "late").
 *
 * @param early the firms to fit and split at random (all firms when the split is not possible)
 * @param late  the out-of-time sample (empty when not possible)
 * @param note  why there is no out-of-time sample; {@code null} when there is one
 */
record OutOfTimeSplit(LocalDate from, List<FitFirm> early, List<FitFirm> late, String note) {

    static OutOfTimeSplit of(List<FitFirm> firms, Map<String, LocalDate> observedOn, LocalDate from) {
        var early = new ArrayList<FitFirm>();
        var late = new ArrayList<FitFirm>();
        long undated = 0;
        for (var f : firms) {
            var on = observedOn.get(f.uscc());
            if (on == null) {
                undated++;
                early.add(f);
            } else if (on.isBefore(from)) {
                early.add(f);
            } else {
                late.add(f);
            }
        }
        var earlyDefaults = early.stream().filter(FitFirm::defaulted).count();
        var lateDefaults = late.stream().filter(FitFirm::defaulted).count();
        var counts = String.format(
                Locale.ROOT,
                "%,d firms observed before %s (%,d defaults), %,d on or after (%,d defaults)%s",
                early.size(),
                from,
                earlyDefaults,
                late.size(),
                lateDefaults,
                undated == 0 ? "" : String.format(Locale.ROOT, "; %,d without observed_on counted as before", undated));
        if (earlyDefaults == 0 || earlyDefaults == early.size() || lateDefaults == 0 || lateDefaults == late.size()) {
            return new OutOfTimeSplit(
                    from,
                    firms,
                    List.of(),
                    "not possible: " + counts
                            + "; both samples need defaults and non-defaults. Fitted and split as without"
                            + " --out-of-time-from.");
        }
        return new OutOfTimeSplit(from, List.copyOf(early), List.copyOf(late), null);
    }
}
