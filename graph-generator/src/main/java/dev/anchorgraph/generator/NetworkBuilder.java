package dev.anchorgraph.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;

/**
 * Wires the supply chains: tier-1 suppliers sell to their anchor (some to a second anchor too), tier-2 suppliers to
 * tier-1 suppliers, the anchor to its tier-1 distributors and those to tier-2 distributors, carriers to anchors and
 * tier-1 firms. Partners are chosen in proportion to their pull (scale times a Pareto draw), so degrees follow a
 * power law: a few hubs, many firms with one or two partners.
 *
 * <p>A firm's hidden {@link Health} shows in its trade: healthy firms win more partners and more often a second
 * anchor; a pair trades less, and less regularly, the weaker its weaker side is.
 *
 * <p>Goods only flow downstream, and tier-1 suppliers sell to each other only from the smaller to the bigger, so
 * ordinary trade has no cycles: every cycle in the invoices contains a planted ring. Real trade runs in loops
 * (a steel mill buys the machines its customers make, carriers and repairers serve every tier), and there one
 * strongly connected component holds most active firms; {@code loops} adds that trade: every firm but a shell also
 * sells to three firms drawn by pull and buys from three drawn at random, at ordinary amounts and regularity.
 */
final class NetworkBuilder {

    /** Loop trade per firm, each way: with the supply chains, about six pairs a firm with invoices, as on a real invoice network. */
    private static final int LOOP_PARTNERS = 3;

    private final List<Company> companies;
    private final RandomGenerator r;
    private final double[] pull;
    private final TradeNetwork trade = new TradeNetwork();
    private final ChainGroups groups;

    NetworkBuilder(List<Company> companies, RandomGenerator r) {
        this.companies = companies;
        this.r = r;
        pull = new double[companies.size()];
        for (var c : companies) {
            pull[c.index()] = c.scale().pull * Draw.pareto(r, 1.5);
        }
        groups = new ChainGroups(companies, pull);
    }

    TradeNetwork build(boolean loops) {
        for (var c : companies) {
            int i = c.index();
            int a = c.anchor();
            switch (c.role()) {
                case SUPPLIER_1 -> {
                    add(i, a, 4, steadyHigh());
                    if (Draw.chance(r, 0.2 * Health.secondAnchorFactor(c.health()))) {
                        crossAnchor(a).ifPresent(b -> add(i, b, 1.5, steadyHigh()));
                    }
                    var peers = groups.of(a, Role.SUPPLIER_1);
                    int peer = peers.isEmpty() ? i : peers.draw(r);
                    if (Draw.chance(r, 0.25) && pull[peer] > pull[i]) {
                        add(i, peer, 0.7, 0.5 + 0.4 * r.nextDouble());
                    }
                }
                case SUPPLIER_2 -> sellToMany(i, a, Role.SUPPLIER_1, partners(c, 1.6, 25), false);
                case DISTRIBUTOR_1 -> {
                    add(a, i, 4, steadyHigh());
                    if (Draw.chance(r, 0.15 * Health.secondAnchorFactor(c.health()))) {
                        crossAnchor(a).ifPresent(b -> add(b, i, 1.5, steadyHigh()));
                    }
                }
                case DISTRIBUTOR_2 -> buyFromMany(i, a, partners(c, 2.0, 10));
                case LOGISTICS ->
                    sellToMany(
                            i,
                            a,
                            Draw.chance(r, 0.5) ? Role.SUPPLIER_1 : Role.DISTRIBUTOR_1,
                            partners(c, 1.5, 30),
                            true);
                case ANCHOR, SHELL -> {}
            }
        }
        if (loops) {
            addLoops();
        }
        trade.index(companies.size());
        return trade;
    }

    private void addLoops() {
        var trading = companies.stream()
                .filter(c -> c.role() != Role.SHELL)
                .map(Company::index)
                .toList();
        var byPull = PartnerGroup.of(trading, pull);
        for (int i : trading) {
            for (int k = 0; k < LOOP_PARTNERS; k++) {
                int buyer = byPull.draw(r);
                if (buyer != i) {
                    add(i, buyer, 0.5, 0.3 + 0.6 * r.nextDouble());
                }
                int seller = trading.get(r.nextInt(trading.size()));
                if (seller != i) {
                    add(seller, i, 0.5, 0.3 + 0.6 * r.nextDouble());
                }
            }
        }
    }

    /** Sells to firms of the anchor's chain in the given role (a tenth from any chain), or to the anchor. */
    private void sellToMany(int seller, int anchor, Role buyers, int count, boolean anchorFirst) {
        var chosen = new ArrayList<Integer>(count);
        for (int k = 0; k < count; k++) {
            var group = Draw.chance(r, 0.1) ? groups.global(buyers) : groups.of(anchor, buyers);
            int buyer = group.isEmpty() || anchorFirst && k == 0 ? anchor : group.draw(r);
            if (!chosen.contains(buyer)) {
                chosen.add(buyer);
                add(seller, buyer, Math.pow(pull[buyer], 0.3) / 3, 0.25 + 0.7 * r.nextDouble());
            }
        }
    }

    private void buyFromMany(int buyer, int anchor, int count) {
        var chosen = new ArrayList<Integer>(count);
        for (int k = 0; k < count; k++) {
            var group = Draw.chance(r, 0.1) ? groups.global(Role.DISTRIBUTOR_1) : groups.of(anchor, Role.DISTRIBUTOR_1);
            int seller = group.isEmpty() ? anchor : group.draw(r);
            if (!chosen.contains(seller)) {
                chosen.add(seller);
                add(seller, buyer, Math.pow(pull[seller], 0.3) / 3, 0.25 + 0.7 * r.nextDouble());
            }
        }
    }

    /** How many partners a firm seeks: a Pareto count, more for healthy firms. */
    private int partners(Company c, double alpha, int max) {
        long count = Math.round(Draw.paretoCount(r, alpha, max) * Health.partnerFactor(c.health()));
        return (int) Math.max(1, Math.min(max, count));
    }

    private OptionalInt crossAnchor(int anchor) {
        int other = groups.global(Role.ANCHOR).draw(r);
        return other == anchor ? OptionalInt.empty() : OptionalInt.of(other);
    }

    /**
     * The weight grows with the smaller side's pull: a micro firm trades little even with a giant. The weaker side's
     * health scales volume and steadiness: a struggling buyer orders less and skips months, a struggling seller
     * loses orders.
     */
    private void add(int seller, int buyer, double factor, double steady) {
        var s = companies.get(seller);
        var b = companies.get(buyer);
        double smallerPull = Math.min(pull[seller], pull[buyer]);
        double typical = Scale.smaller(s.scale(), b.scale()).typicalInvoiceYuan
                * Draw.logNormal(r, 1, 0.5)
                * (s.role() == Role.LOGISTICS ? 0.4 : 1);
        double weaker = Math.min(s.health(), b.health());
        trade.add(
                seller,
                buyer,
                factor * smallerPull * Health.volumeFactor(weaker),
                steady * Health.regularity(weaker),
                typical);
    }

    private double steadyHigh() {
        return 0.85 + 0.13 * r.nextDouble();
    }
}
