package dev.anchorgraph.analytics.fraud;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Circular-trading rings (循环交易): simple directed cycles of 2 to {@code maxLength} firms whose legs pass on
 * near-equal amounts in the same months, as when goods (or only invoices, or money) go round and come back.
 *
 * <p>Input: a {@link LegGraph}, each leg a seller → buyer pair with its amount in the window and the months it traded
 * in (bit {@code i} = {@code i} months before the as-of month). A cycle is a ring when
 * <ul>
 *   <li><b>each hop passes on about what it got, right after it got it</b>: read round the ring from the leg where it
 *       starts, each leg carries between {@code stepRatio} and {@code 1 / stepRatio} (default 0.8–1.25) times the leg
 *       before it, and trades in the same week as that leg or the week after, or else all round the ring in the same
 *       week or the week before (invoices for goods follow the goods; invoices made out of payments run against
 *       them). A leg whose days are not known passes the week test. One pair of consecutive legs, where the ring
 *       starts and ends, may break this: a ring that takes 10 % at each hop ends at 0.48 of what it started with after
 *       8 firms, some days after it started.
 *       Ordinary trading partners buy and sell unrelated amounts at unrelated times, so an ordinary loop breaks the
 *       rule at several hops;</li>
 *   <li><b>no leg far from the others</b>: {@code min(leg amounts) / max(leg amounts) ≥ minRatio} (default 0.45:
 *       eight hops at a 10 % cut each still pass);</li>
 *   <li><b>the legs trade together</b>: every leg trades within one month of every month any leg trades in
 *       ({@code ∪ months ⊆ dilate(leg months)} for each leg): the rounds go round within days, one month of slack for
 *       a round across a month end.</li>
 * </ul>
 *
 * <p>Method: strongly connected components ({@link StrongComponents}, iterative); then a depth-first search seeded at
 * every firm {@code s} in USCC order, through firms of {@code s}'s component greater than {@code s}, so each cycle is
 * found once, starting at its smallest firm (the canonical rotation). Every rule only gets harder as a path grows
 * (the amount band narrows, the breaks add up, the months' union grows while their common cover shrinks), so a path
 * that breaks one is not extended; and since each firm's legs are sorted by amount, the legs inside the band are
 * found by binary search, so a hub costs the legs in the band, not all its legs. The search keeps its own stack of at
 * most {@code maxLength} frames: no recursion.
 *
 * <p>Cost: exponential in {@code maxLength} in the worst case, so it is bounded, and what is left out is counted:
 * firms with more than {@code maxPartners} legs (default 1,000) are not searched through ({@link Result#hubs()}:
 * rings are of small and medium traders, and an anchor's thousands of partners would only multiply paths); each seed
 * stops after {@code maxStepsPerFirm} leg visits (default 200,000; {@link Result#truncatedFirms()}); and the whole
 * search stops when {@code expired} says so ({@link Result#complete()} false). On ordinary trade the rules keep a
 * small share of the legs at each hop, so a seed costs a few hundred visits even inside a component of a million
 * firms.
 */
final class RingFinder {

    /** @param maxLength longest ring in firms; 2 to 31 */
    record Settings(int maxLength, double stepRatio, double minRatio, int maxPartners, long maxStepsPerFirm) {
        static final Settings DEFAULTS = new Settings(8, 0.8, 0.45, 1_000, 200_000);

        Settings {
            if (maxLength < 2
                    || maxLength > 31
                    || !(stepRatio > 0 && stepRatio <= 1)
                    || !(minRatio > 0 && minRatio <= 1)
                    || maxPartners < 2
                    || maxStepsPerFirm < 1) {
                throw new IllegalArgumentException("ring search settings out of range: " + this);
            }
        }
    }

    /** @param amounts leg {@code i} runs from member {@code i} to member {@code i + 1} (the last to the first) */
    record Ring(List<String> members, List<Double> amounts, int months) {}

    /**
     * @param rings            each once, ordered by their members
     * @param largestComponent firms in the largest strongly connected component
     * @param hubs             firms on some cycle left out of the search for having more than {@code maxPartners} legs
     * @param truncatedFirms   seeds whose search stopped at {@code maxStepsPerFirm}; rings through them may be missing
     * @param complete         false when the search was stopped by {@code expired} before the last seed
     */
    record Result(List<Ring> rings, int firms, int largestComponent, int hubs, int truncatedFirms, boolean complete) {}

    private static final int CHECK_EVERY = 4096;

    private final LegGraph legs;
    private final Settings settings;
    private final BooleanSupplier expired;

    RingFinder(LegGraph legs) {
        this(legs, Settings.DEFAULTS, () -> false);
    }

    RingFinder(LegGraph legs, Settings settings, BooleanSupplier expired) {
        this.legs = legs;
        this.settings = settings;
        this.expired = expired;
    }

    Result find() {
        var components = legs.components();
        var search = new Search(components);
        int hubs = 0;
        boolean complete = true;
        for (int s = 0; s < legs.firms(); s++) {
            if (components.size(components.of(s)) < 2) {
                continue;
            }
            if (legs.degree(s) > settings.maxPartners()) {
                hubs++;
            } else if (!search.from(s)) {
                complete = false;
                break;
            }
        }
        var rings = search.rings;
        rings.sort(RingFinder::byMembers);
        return new Result(List.copyOf(rings), legs.firms(), components.largest(), hubs, search.truncated, complete);
    }

    /** Member by member; a ring that is a prefix of another comes first. */
    private static int byMembers(Ring a, Ring b) {
        for (int i = 0; i < a.members().size() && i < b.members().size(); i++) {
            int c = a.members().get(i).compareTo(b.members().get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.members().size(), b.members().size());
    }

    /** The depth-first search, frame {@code d} holding the path's {@code d}-th firm and its legs still to try. */
    private final class Search {
        private final StrongComponents components;
        private final List<Ring> rings = new ArrayList<>();
        private final boolean[] onPath;
        private final int[] firm;
        private final int[] next;
        private final int[] end;
        private final int[] leg;
        private final double[] lo;
        private final double[] hi;
        private final int[] union;
        private final int[] cover;
        private final int[] forward;
        private final int[] backward;
        private long visits;
        private int truncated;

        Search(StrongComponents components) {
            this.components = components;
            int n = settings.maxLength();
            onPath = new boolean[legs.firms()];
            firm = new int[n];
            next = new int[n];
            end = new int[n];
            leg = new int[n];
            lo = new double[n];
            hi = new double[n];
            union = new int[n];
            cover = new int[n];
            forward = new int[n];
            backward = new int[n];
        }

        /** Searches the rings starting at {@code s}; false when {@code expired} stopped it. */
        boolean from(int s) {
            int home = components.of(s);
            long steps = 0;
            firm[0] = s;
            next[0] = legs.rowStart(s);
            end[0] = legs.rowStart(s + 1);
            lo[0] = Double.MAX_VALUE;
            hi[0] = 0;
            union[0] = 0;
            cover[0] = -1;
            forward[0] = 0;
            backward[0] = 0;
            onPath[s] = true;
            int d = 0;
            boolean alive = true;
            while (d >= 0) {
                if (next[d] == end[d]) {
                    onPath[firm[d]] = false;
                    d--;
                    continue;
                }
                int e = next[d]++;
                if (++steps > settings.maxStepsPerFirm()) {
                    truncated++;
                    break;
                }
                if (++visits % CHECK_EVERY == 0 && expired.getAsBoolean()) {
                    alive = false;
                    break;
                }
                int w = legs.buyer(e);
                double amount = legs.amount(e);
                double nlo = Math.min(lo[d], amount);
                double nhi = Math.max(hi[d], amount);
                int nunion = union[d] | legs.months(e);
                int ncover = cover[d] & near(legs.months(e));
                int nforward = forward[d] + (d > 0 && outOfStep(leg[d - 1], e) ? 1 : 0);
                int nbackward = backward[d] + (d > 0 && outOfStep(e, leg[d - 1]) ? 1 : 0);
                if (nlo < settings.minRatio() * nhi || (nunion & ~ncover) != 0 || Math.min(nforward, nbackward) > 1) {
                    continue;
                }
                leg[d] = e;
                if (w == s) {
                    if (d > 0
                            && Math.min(
                                            nforward + (outOfStep(e, leg[0]) ? 1 : 0),
                                            nbackward + (outOfStep(leg[0], e) ? 1 : 0))
                                    <= 1) {
                        record(d);
                    }
                } else if (w > s
                        && d + 1 < settings.maxLength()
                        && !onPath[w]
                        && components.of(w) == home
                        && legs.degree(w) <= settings.maxPartners()) {
                    d++;
                    firm[d] = w;
                    onPath[w] = true;
                    lo[d] = nlo;
                    hi[d] = nhi;
                    union[d] = nunion;
                    cover[d] = ncover;
                    forward[d] = nforward;
                    backward[d] = nbackward;
                    double from = settings.minRatio() * nhi;
                    double to = nlo / settings.minRatio();
                    if (nforward > 0
                            && nbackward > 0) { // the one break is spent either way: the next leg must be in step
                        from = Math.max(from, amount * settings.stepRatio());
                        to = Math.min(to, amount / settings.stepRatio());
                    }
                    next[d] = first(w, from * (1 - 1e-12), true);
                    end[d] = Math.max(next[d], first(w, to * (1 + 1e-12), false));
                }
            }
            for (int i = 0; i <= d; i++) {
                onPath[firm[i]] = false;
            }
            return alive;
        }

        private void record(int d) {
            var members = new ArrayList<String>(d + 1);
            var amounts = new ArrayList<Double>(d + 1);
            int months = 0;
            for (int i = 0; i <= d; i++) {
                members.add(legs.firm(firm[i]));
                amounts.add(legs.amount(leg[i]));
                months |= legs.months(leg[i]);
            }
            rings.add(new Ring(List.copyOf(members), List.copyOf(amounts), months));
        }

        /** The first of {@code v}'s legs (sorted by amount) with an amount above {@code amount}, or equal to it too. */
        private int first(int v, double amount, boolean orEqual) {
            int a = legs.rowStart(v);
            int b = legs.rowStart(v + 1);
            while (a < b) {
                int m = (a + b) >>> 1;
                if (legs.amount(m) < amount || !orEqual && legs.amount(m) == amount) {
                    a = m + 1;
                } else {
                    b = m;
                }
            }
            return a;
        }
    }

    /**
     * Whether leg {@code after} does not pass on about what {@code before} carried, in its week or the next; with the
     * arguments swapped, in its week or the week before (the amount test is symmetric).
     */
    private boolean outOfStep(int before, int after) {
        double was = legs.amount(before);
        double amount = legs.amount(after);
        if (amount < settings.stepRatio() * was * (1 - 1e-12) || amount * settings.stepRatio() > was * (1 + 1e-12)) {
            return true;
        }
        long low = legs.weeksLow(before);
        long high = legs.weeksHigh(before);
        long nextLow = low | low << 1;
        long nextHigh = high | high << 1 | low >>> 63;
        return (nextLow & legs.weeksLow(after)) == 0 && (nextHigh & legs.weeksHigh(after)) == 0;
    }

    /** The months within one month of a leg's months. */
    private static int near(int months) {
        return months | months << 1 | months >>> 1;
    }
}
