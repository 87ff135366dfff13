package dev.anchorgraph.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Plans the shell clusters before the firms are drawn, since their members are firms of their own. Each cluster's
 * trade is bounded up front (two buyers per member, two invoices a month from the month after both were founded) so
 * that the clusters kept fit the invoice budget whatever the later draws.
 */
final class ShellPlanner {

    static final int OUT_EDGES = 2;
    static final int MAX_INVOICES_PER_MONTH = 2;

    private ShellPlanner() {}

    static List<ShellCluster> plan(AnomalyBudget budget, InvoiceWindow window, PersonPool people, RandomGenerator r) {
        var clusters = new ArrayList<ShellCluster>();
        long bound = 0;
        for (int size : budget.shellClusterSizes()) {
            var region = Regions.draw(r);
            var district = Draw.pick(r, region.districts());
            // Invoice mills register a batch of firms within weeks, all within the last year, at least two months ago.
            var batch = window.asOf().minusDays(Draw.between(r, 120, 365));
            var founded = new ArrayList<LocalDate>();
            var scales = new ArrayList<Scale>();
            for (int i = 0; i < size; i++) {
                founded.add(batch.plusDays(r.nextInt(60)));
                scales.add(Role.SHELL.drawScale(r));
            }
            // Members in founding order: each sells to firms registered after it.
            founded.sort(null);
            bound += invoiceBound(founded, window);
            if (bound > budget.invoicesPerKind()) {
                break;
            }
            clusters.add(new ShellCluster(
                    clusters.size(),
                    region,
                    district,
                    Addresses.draw(r, region, district),
                    people.fresh(),
                    List.copyOf(founded),
                    List.copyOf(scales)));
        }
        return clusters;
    }

    /** The most invoices {@link ShellTrades} can plant for members founded on these days. */
    static long invoiceBound(List<LocalDate> founded, InvoiceWindow window) {
        long bound = 0;
        for (int i = 0; i < founded.size(); i++) {
            for (int step = 1; step <= OUT_EDGES && i + step < founded.size(); step++) {
                var later = founded.get(i).isAfter(founded.get(i + step)) ? founded.get(i) : founded.get(i + step);
                bound += (long) (window.months() - window.monthIndex(later.plusMonths(1))) * MAX_INVOICES_PER_MONTH;
            }
        }
        return bound;
    }
}
