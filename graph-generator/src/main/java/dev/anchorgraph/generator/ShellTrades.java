package dev.anchorgraph.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Plants the trade of the shell clusters (空壳公司): each member invoices the next one or two members every month
 * from the month after its founding, close to the ceiling of its invoicing system, creating a trade record out of
 * nothing. Members only sell to later members, so a cluster is dense but, unlike a ring, has no cycle.
 */
final class ShellTrades {

    private ShellTrades() {}

    static void plant(Planting p, List<ShellCluster> clusters, Persons persons) {
        var members = new ArrayList<List<Integer>>();
        clusters.forEach(c -> members.add(new ArrayList<>()));
        for (var c : p.companies) {
            if (c.cluster() >= 0) {
                members.get(c.cluster()).add(c.index());
            }
        }
        for (var cluster : clusters) {
            var ids = members.get(cluster.id());
            int count = 0;
            for (int i = 0; i < ids.size(); i++) {
                for (int step = 1; step <= ShellPlanner.OUT_EDGES && i + step < ids.size(); step++) {
                    count += plantEdge(p, ids.get(i), ids.get(i + step));
                }
            }
            var founded = cluster.foundedOn().stream().sorted().toList();
            p.anomalies.add(new PlantedAnomaly(
                    PlantedAnomaly.SHELL_CLUSTER,
                    List.copyOf(ids),
                    String.format(
                            Locale.ROOT,
                            "legal representative %s (%s) and address %s shared; founded %s to %s; %d invoices among them",
                            persons.name(cluster.representative()),
                            persons.id(cluster.representative()),
                            cluster.address(),
                            founded.getFirst(),
                            founded.getLast(),
                            count)));
        }
    }

    private static int plantEdge(Planting p, int seller, int buyer) {
        var s = p.companies.get(seller);
        var category = s.industry().goods().getFirst();
        int item = p.r.nextInt(category.items().size());
        int count = 0;
        for (int m = Math.max(s.activeFrom(), p.companies.get(buyer).activeFrom()); m < p.window.months(); m++) {
            for (int n = Draw.between(p.r, 1, ShellPlanner.MAX_INVOICES_PER_MONTH); n > 0; n--) {
                long cents = Math.round(s.scale().maxInvoiceCents() * (0.85 + 0.149 * p.r.nextDouble()));
                p.invoices.add(new PlannedInvoice(p.window.businessDay(p.r, m), seller, buyer, cents, category, item));
                count++;
            }
        }
        return count;
    }
}
