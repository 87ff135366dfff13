package dev.anchorgraph.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Plants circular trading (循环交易): the firms of a ring invoice the same goods each to the next, round the ring
 * within a few days and at near-equal amounts (each hop adds a thin margin), so turnover inflates while the goods end
 * where they started. Members are ordinary small and medium traders active through the window; they keep their
 * ordinary trade, which hides the ring among it.
 */
final class CircularTrades {

    private static final double MEDIAN_YUAN = 800_000;

    private CircularTrades() {}

    static void plant(Planting p, AnomalyBudget budget) {
        int months = p.window.months();
        int planned = 0;
        for (int size : budget.ringSizes()) {
            int rounds = Draw.between(p.r, 2, 6);
            if (planned + (long) rounds * size > budget.invoicesPerKind()) {
                break;
            }
            var members = new ArrayList<Integer>(size);
            while (members.size() < size) {
                int m = p.freeFirm(c -> c.role().trader()
                        && c.activeThroughout(months)
                        && (c.scale() == Scale.SMALL || c.scale() == Scale.MEDIUM));
                if (m < 0) {
                    members.forEach(p::release);
                    return;
                }
                members.add(m);
            }
            var category =
                    p.companies.get(members.getFirst()).industry().goods().getFirst();
            int item = p.r.nextInt(category.items().size());
            long base = members.stream()
                            .mapToLong(m -> p.companies.get(m).scale().maxInvoiceCents())
                            .reduce(p.cents(members.getFirst(), MEDIAN_YUAN), Math::min)
                    * 99
                    / 100;
            for (int round = 0; round < rounds; round++) {
                plantRound(p, members, category, item, base);
            }
            planned += rounds * size;
            p.anomalies.add(new PlantedAnomaly(
                    PlantedAnomaly.CIRCULAR_TRADING,
                    List.copyOf(members),
                    String.format(
                            Locale.ROOT,
                            "%d rounds of %s around %d firms, about %s yuan per invoice, at most a day between hops",
                            rounds,
                            category.itemName(item),
                            size,
                            Formats.money(base))));
        }
    }

    private static void plantRound(Planting p, List<Integer> members, GoodsCategory category, int item, long base) {
        int day = p.r.nextInt(p.window.days() - members.size());
        double margin = 0.001 + 0.003 * p.r.nextDouble();
        for (int i = 0; i < members.size(); i++) {
            day += i == 0 ? 0 : p.r.nextInt(2);
            int seller = members.get(i);
            long cents =
                    Math.min(p.companies.get(seller).scale().maxInvoiceCents(), Math.round(base * (1 + margin * i)));
            p.invoices.add(
                    new PlannedInvoice(day, seller, members.get((i + 1) % members.size()), cents, category, item));
        }
    }
}
