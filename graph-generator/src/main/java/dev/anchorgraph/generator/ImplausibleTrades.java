package dev.anchorgraph.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Plants implausible goods: a firm suddenly invoices its usual buyers for goods far outside its industry (a fruit
 * wholesaler selling {@code *钢材*}) for a month or two, as a firm does that sells invoices rather than goods.
 */
final class ImplausibleTrades {

    /** Valuable goods, easy to pass on, often invoiced without being traded. */
    private static final List<String> FOREIGN = List.of("钢材", "电子元件", "化工原料", "有色金属", "机械设备", "煤炭", "通信设备");

    private static final int MAX_BUYERS = 3;

    private ImplausibleTrades() {}

    /**
     * Farms, makers, traders and carriers: firms whose goods are clear-cut. Supply-chain management and leasing
     * firms (section L) legitimately invoice all sorts of goods, so they make no clear case.
     */
    private static boolean goodsOrTransport(Company c) {
        return (c.role().trader() || c.role() == Role.LOGISTICS)
                && "ACFG".contains(c.industry().section());
    }

    static void plant(Planting p, AnomalyBudget budget, IndustryGoods goods) {
        var foreign = FOREIGN.stream().map(goods::category).toList();
        int months = p.window.months();
        int planned = 0;
        for (int k = 0; k < budget.implausibleSellers(); k++) {
            int count = Draw.between(p.r, 3, 8);
            if (planned + count > budget.invoicesPerKind()) {
                return;
            }
            int seller = p.freeFirm(c -> goodsOrTransport(c)
                    && c.activeThroughout(months)
                    && p.trade.outDegree(c.index()) > 0
                    && foreign.stream().anyMatch(g -> !c.industry().deals(g)));
            if (seller < 0) {
                return;
            }
            var s = p.companies.get(seller);
            var category = Draw.pick(
                    p.r, foreign.stream().filter(g -> !s.industry().deals(g)).toList());
            var members = new ArrayList<Integer>(List.of(seller));
            for (int j = 0; j < MAX_BUYERS; j++) {
                int buyer = p.trade.buyer(p.trade.outEdge(seller, p.r.nextInt(p.trade.outDegree(seller))));
                if (!members.contains(buyer)) {
                    members.add(buyer);
                }
            }
            int month = Draw.between(p.r, 1, months - 3);
            int first = p.window.firstDay(month);
            int span = p.window.endDay(month + p.r.nextInt(2)) - first;
            int from = Integer.MAX_VALUE;
            int to = 0;
            for (int i = 0; i < count; i++) {
                int day = first + p.r.nextInt(span);
                from = Math.min(from, day);
                to = Math.max(to, day);
                p.invoices.add(new PlannedInvoice(
                        day,
                        seller,
                        members.get(1 + i % (members.size() - 1)),
                        p.cents(seller, 300_000),
                        category,
                        p.r.nextInt(category.items().size())));
            }
            planned += count;
            p.anomalies.add(new PlantedAnomaly(
                    PlantedAnomaly.IMPLAUSIBLE_GOODS,
                    List.copyOf(members),
                    String.format(
                            Locale.ROOT,
                            "%s %s invoiced *%s* %d times between %s and %s",
                            s.industry().code(),
                            s.industry().name(),
                            category.name(),
                            count,
                            p.window.iso(from),
                            p.window.iso(to))));
        }
    }
}
