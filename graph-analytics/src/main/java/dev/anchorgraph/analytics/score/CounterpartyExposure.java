package dev.anchorgraph.analytics.score;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * How much of a firm's business depends on firms in distress ({@link DistressSignals}), as one number in [0, 1]
 * with the counterparty that weighs most: the {@code counterpartyDistress} feature.
 *
 * <pre>
 *   direct(side)   = Σ share of the firm's 12-month sales (purchases) that go to (come from) a firm in distress
 *   indirect(side) = DECAY × Σ share of its sales (purchases) with a partner p × exposure₁(p)
 *   exposure       = min(1, max over sides of direct(side) + indirect(side))
 * </pre>
 * exposure₁(p) is the partner's own first-hop exposure on the same side, kept only from
 * {@value DistressSignals#PROPAGATE_FROM}: unpaid bills travel upstream (the seller to a seller to a firm in distress),
 * missing supplies downstream, never one then the other; so distress travels at most two trade hops and loses half
 * ({@value #DECAY}) on the second. Worked example
 * (docs/risk-model.md): a supplier sells 60 % to an anchor that became a dishonest debtor and 40 % to a
 * healthy buyer: exposure 0.60, named after the anchor. Its own supplier sells 50 % to it: 0.5 × 0.5 × 0.60 = 0.15.
 * The named counterparty is the largest single contribution (ties by USCC). Cost: linear in the links given.
 */
final class CounterpartyExposure {

    static final double DECAY = 0.5;

    /** A firm in distress the firm trades with directly: its share of the firm's sales or purchases. */
    record Direct(String uscc, String name, String side, double share, List<String> signals, LocalDate since) {}

    /**
     * A partner that is not in distress itself but depends on one ({@code exposure1}, through {@code viaName}).
     */
    record Indirect(
            String uscc, String name, String side, double share, double exposure1, String via, String viaName) {}

    /**
     * @param hops   1: {@code name} is in distress; 2: {@code name} is the partner, {@code distressedName} the firm in
     *               distress behind it
     * @param weight the named link's contribution to the exposure
     */
    record Exposure(
            double value,
            String uscc,
            String name,
            String side,
            double weight,
            int hops,
            String distressedUscc,
            String distressedName,
            List<String> signals,
            LocalDate since) {

        static final Exposure NONE = new Exposure(0, null, null, null, 0, 0, null, null, List.of(), null);

        /** The reason's value: {@code 60% → 核心企业}, or {@code 15% → 供应商 → 核心企业} over two hops. */
        String label() {
            var percent = String.format(Locale.ROOT, "%.0f%%", value * 100);
            return hops == 1 ? percent + " → " + name : percent + " → " + name + " → " + distressedName;
        }
    }

    private final List<Direct> direct;
    private final List<Indirect> indirect;

    CounterpartyExposure(List<Direct> direct, List<Indirect> indirect) {
        this.direct = direct;
        this.indirect = indirect;
    }

    Exposure exposure() {
        double best = 0;
        for (var side : List.of("sales", "purchases")) {
            double total = 0;
            for (var d : direct) {
                total += d.side().equals(side) ? d.share() : 0;
            }
            for (var i : indirect) {
                total += i.side().equals(side) ? DECAY * i.share() * i.exposure1() : 0;
            }
            best = Math.max(best, total);
        }
        if (best <= 0) {
            return Exposure.NONE;
        }
        double value = Math.min(1, best);
        var topDirect = direct.stream()
                .max(Comparator.comparingDouble(Direct::share).thenComparing(Direct::uscc, Comparator.reverseOrder()));
        var topIndirect = indirect.stream()
                .max(Comparator.comparingDouble((Indirect i) -> DECAY * i.share() * i.exposure1())
                        .thenComparing(Indirect::uscc, Comparator.reverseOrder()));
        if (topDirect.isPresent()
                && (topIndirect.isEmpty()
                        || topDirect.get().share()
                                >= DECAY
                                        * topIndirect.get().share()
                                        * topIndirect.get().exposure1())) {
            var d = topDirect.get();
            return new Exposure(
                    value, d.uscc(), d.name(), d.side(), d.share(), 1, d.uscc(), d.name(), d.signals(), d.since());
        }
        var i = topIndirect.orElseThrow();
        return new Exposure(
                value,
                i.uscc(),
                i.name(),
                i.side(),
                DECAY * i.share() * i.exposure1(),
                2,
                i.via(),
                i.viaName(),
                List.of(),
                null);
    }
}
