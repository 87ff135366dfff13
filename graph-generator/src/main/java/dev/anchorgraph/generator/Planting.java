package dev.anchorgraph.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/** What the anomaly planners share: the firms, the trade, the window, and the firms already taken by an anomaly. */
final class Planting {

    /** Probes for a free firm before giving up; with a few per cent of firms planted, a handful usually suffice. */
    private static final int PROBES = 2_000;

    final List<Company> companies;
    final TradeNetwork trade;
    final InvoiceWindow window;
    final RandomGenerator r;
    final List<PlantedAnomaly> anomalies = new ArrayList<>();
    final List<PlannedInvoice> invoices = new ArrayList<>();
    private final boolean[] taken;

    Planting(List<Company> companies, TradeNetwork trade, InvoiceWindow window, RandomGenerator r) {
        this.companies = companies;
        this.trade = trade;
        this.window = window;
        this.r = r;
        this.taken = new boolean[companies.size()];
    }

    /** A random firm not yet in an anomaly that passes the test, or -1 when none turns up. */
    int freeFirm(Predicate<Company> fits) {
        for (int probe = 0; probe < PROBES; probe++) {
            var c = companies.get(r.nextInt(companies.size()));
            if (!taken[c.index()] && fits.test(c)) {
                taken[c.index()] = true;
                return c.index();
            }
        }
        return -1;
    }

    /** Takes a given firm for an anomaly; false when it is already in one. */
    boolean take(int company) {
        if (taken[company]) {
            return false;
        }
        taken[company] = true;
        return true;
    }

    void release(int company) {
        taken[company] = false;
    }

    /** An invoice amount near {@code median} yuan, within what the seller's invoicing system allows. */
    long cents(int seller, double median) {
        var limit = companies.get(seller).scale().maxInvoiceCents();
        return Math.min(limit, Math.max(100, Math.round(Draw.logNormal(r, median, 0.4) * 100)));
    }

    AnomalyPlan plan() {
        invoices.sort(Comparator.comparingInt(PlannedInvoice::day));
        return new AnomalyPlan(List.copyOf(anomalies), List.copyOf(invoices));
    }
}
