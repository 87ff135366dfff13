package dev.anchorgraph.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Plants an implausible-goods <em>wave</em> inside one small peer group (the seed's example, "主营业务为水果，却虚增大量
 * 钢材销售"): half of the firms of one industry class that sell and are active in the wave's months invoice their usual buyers
 * {@code *钢材*螺纹钢} in the same three months, {@value #PER_MONTH} invoices a month near their invoice limit. That
 * is far more than a small grower's ordinary sales, so the steel is most of the firm's sales, as when a firm sells
 * invoices rather than goods. A wave this large is half of its peer group: a check that trusts what is common among
 * peers takes it for ordinary trade.
 *
 * <p>Each member is one {@code implausible_goods} row of the ground truth. Like the other kinds it adds at most
 * {@link AnomalyBudget#invoicesPerKind()} invoices; members that do not fit are left out. Firms already in an anomaly
 * are not used. Nothing is drawn when no class is given, so the files stay as without the option.
 */
final class ImplausibleWave {

    static final String CATEGORY = "钢材";
    static final String ITEM = "螺纹钢";
    static final int MONTHS = 3;
    static final int PER_MONTH = 4;
    private static final int MAX_BUYERS = 2;

    private ImplausibleWave() {}

    /** Whether a wave can be planted in the class: the generator knows it and its firms never deal in steel. */
    static boolean plantable(String industryClass, IndustryGoods goods) {
        try {
            return !goods.industry(industryClass).deals(goods.category(CATEGORY));
        } catch (GeneratorException e) {
            return false;
        }
    }

    static void plant(Planting p, AnomalyBudget budget, IndustryGoods goods, String industryClass) {
        if (industryClass == null) {
            return;
        }
        var steel = goods.category(CATEGORY);
        int item = Math.max(0, steel.items().indexOf(ITEM));
        int first = p.window.months() - MONTHS - p.r.nextInt(6);
        var sellers = new ArrayList<Integer>();
        for (var c : p.companies) {
            if (c.industry().code().equals(industryClass)
                    && c.activeIn(first)
                    && c.activeIn(first + MONTHS - 1)
                    && p.trade.outDegree(c.index()) > 0) {
                sellers.add(c.index());
            }
        }
        int wave = sellers.size() / 2;
        long planned = 0;
        for (int k = 0; k < wave && planned + MONTHS * PER_MONTH <= budget.invoicesPerKind(); k++) {
            int pick = k + p.r.nextInt(sellers.size() - k);
            int seller = sellers.set(pick, sellers.get(k));
            sellers.set(k, seller);
            if (!p.take(seller)) {
                continue;
            }
            var members = new ArrayList<Integer>(List.of(seller));
            for (int j = 0; j < MAX_BUYERS; j++) {
                int buyer = p.trade.buyer(p.trade.outEdge(seller, p.r.nextInt(p.trade.outDegree(seller))));
                if (!members.contains(buyer)) {
                    members.add(buyer);
                }
            }
            long limit = p.companies.get(seller).scale().maxInvoiceCents();
            for (int m = first; m < first + MONTHS; m++) {
                for (int i = 0; i < PER_MONTH; i++) {
                    int day = p.window.firstDay(m) + p.r.nextInt(p.window.endDay(m) - p.window.firstDay(m));
                    long cents = limit * (85 + p.r.nextInt(15)) / 100;
                    p.invoices.add(new PlannedInvoice(
                            day, seller, members.get(1 + i % (members.size() - 1)), cents, steel, item));
                }
            }
            planned += MONTHS * PER_MONTH;
            var s = p.companies.get(seller);
            p.anomalies.add(new PlantedAnomaly(
                    PlantedAnomaly.IMPLAUSIBLE_GOODS,
                    List.copyOf(members),
                    String.format(
                            Locale.ROOT,
                            "wave in %s %s (%d of its %d selling firms): invoiced %s %d times from %s to %s",
                            s.industry().code(),
                            s.industry().name(),
                            wave,
                            sellers.size(),
                            steel.itemName(item),
                            MONTHS * PER_MONTH,
                            p.window.iso(p.window.firstDay(first)),
                            p.window.iso(p.window.endDay(first + MONTHS - 1) - 1))));
        }
    }
}
