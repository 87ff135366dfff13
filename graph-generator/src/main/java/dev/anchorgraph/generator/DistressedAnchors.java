package dev.anchorgraph.generator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/**
 * The anchors planted in distress ({@code --distressed-anchors N}): the scenario of issue 16, a core enterprise
 * failing over the last six months while its suppliers still look sound. The N anchors with the most direct
 * suppliers (ties by USCC) buy a third of their usual volume over the last {@value #MONTHS} months of the window
 * ({@link MonthlyVolume}), become dishonest debtors in that time and face one or two enforcement cases
 * ({@link LitigationWriter}); their {@linkplain #dependents dependent} tier-1 suppliers default at
 * {@value #DEFAULT_RATIO}× the rate of the other tier-1 suppliers ({@link OutcomeWriter}). Nothing is drawn when N is
 * 0, so the files stay byte-identical to a run without the option.
 */
final class DistressedAnchors {

    static final int MONTHS = 6;
    static final double PURCHASES_KEEP = 1.0 / 3;
    /** A tier-1 supplier depends on an anchor when it expects to sell at least this share of its sales to it. */
    static final double DEPENDENT_SHARE = 0.2;

    static final double DEFAULT_RATIO = 3;

    /**
     * One planted anchor: when its court cases were filed (all still open at the as-of date) and its dependent
     * tier-1 suppliers.
     */
    record Distress(
            int anchor, int suppliers, LocalDate debtorSince, List<LocalDate> enforcements, List<Integer> dependents) {}

    static final DistressedAnchors NONE = new DistressedAnchors(List.of(), new boolean[0], 0);

    private final List<Distress> planted;
    private final boolean[] dependent;
    private final int fromMonth;

    private DistressedAnchors(List<Distress> planted, boolean[] dependent, int fromMonth) {
        this.planted = planted;
        this.dependent = dependent;
        this.fromMonth = fromMonth;
    }

    static DistressedAnchors plant(
            int count, List<Company> companies, TradeNetwork trade, InvoiceWindow window, RandomGenerator r) {
        if (count == 0) {
            return NONE;
        }
        var anchors = companies.stream()
                .filter(c -> c.role() == Role.ANCHOR)
                .sorted(Comparator.comparingInt((Company c) -> -trade.inDegree(c.index()))
                        .thenComparing(Company::uscc))
                .toList();
        if (count >= anchors.size()) {
            throw new GeneratorException("--distressed-anchors " + count
                    + " leaves no healthy anchor: the data set has " + anchors.size() + " anchors");
        }
        var dependent = new boolean[companies.size()];
        var planted = new ArrayList<Distress>();
        var asOf = window.asOf();
        for (var a : anchors.subList(0, count)) {
            // Enforcement first; the listing follows when the anchor does not pay, all within the last six months.
            var debtor = asOf.minusDays(Draw.between(r, 20, 120));
            var enforcements = IntStream.range(0, Draw.between(r, 1, 2))
                    .mapToObj(i -> debtor.minusDays(Draw.between(r, 10, 55)))
                    .sorted()
                    .toList();
            var dependents = dependents(a.index(), companies, trade);
            dependents.forEach(s -> dependent[s] = true);
            planted.add(new Distress(a.index(), trade.inDegree(a.index()), debtor, enforcements, dependents));
        }
        return new DistressedAnchors(List.copyOf(planted), dependent, window.months() - MONTHS);
    }

    /**
     * The tier-1 suppliers expected to sell at least {@value #DEPENDENT_SHARE} of their sales to the anchor: a pair's
     * expected sales are its share of the invoices times its typical amount.
     */
    static List<Integer> dependents(int anchor, List<Company> companies, TradeNetwork trade) {
        var dependents = new ArrayList<Integer>();
        for (int i = 0; i < trade.inDegree(anchor); i++) {
            int seller = trade.seller(trade.inEdge(anchor, i));
            if (companies.get(seller).role() != Role.SUPPLIER_1) {
                continue;
            }
            double toAnchor = 0;
            double all = 0;
            for (int j = 0; j < trade.outDegree(seller); j++) {
                int e = trade.outEdge(seller, j);
                double sales = trade.weight(e) * trade.typicalYuan(e);
                all += sales;
                toAnchor += trade.buyer(e) == anchor ? sales : 0;
            }
            if (all > 0 && toAnchor >= DEPENDENT_SHARE * all) {
                dependents.add(seller);
            }
        }
        dependents.sort(Comparator.comparing(s -> companies.get(s).uscc()));
        return List.copyOf(dependents);
    }

    /** The readable detail of its {@code planted-anomalies.csv} row and of the command's summary. */
    static String detail(Distress d, InvoiceWindow window) {
        return String.format(
                Locale.ROOT,
                "anchor with %d direct suppliers: purchases cut to a third from %s, dishonest debtor since %s, "
                        + "%d enforcement case(s); %d dependent tier-1 supplier(s) (>= %.0f %% of sales) default at %.0fx "
                        + "the rate of the other tier-1 suppliers",
                d.suppliers(),
                YearMonth.from(window.asOf()).minusMonths(MONTHS - 1),
                d.debtorSince(),
                d.enforcements().size(),
                d.dependents().size(),
                DEPENDENT_SHARE * 100,
                DEFAULT_RATIO);
    }

    List<Distress> planted() {
        return planted;
    }

    /** Factor on each firm's purchases in the month: {@link #PURCHASES_KEEP} for an anchor in distress, else 1. */
    void purchaseFactors(int month, double[] factors) {
        Arrays.fill(factors, 1.0);
        if (month >= fromMonth) {
            for (var d : planted) {
                factors[d.anchor()] = PURCHASES_KEEP;
            }
        }
    }

    /** Whether the firm is a dependent tier-1 supplier of an anchor in distress. */
    boolean dependent(int firm) {
        return firm < dependent.length && dependent[firm];
    }
}
