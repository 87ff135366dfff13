package dev.anchorgraph.analytics.score;

import dev.anchorgraph.contract.FraudPattern;
import dev.anchorgraph.contract.Severity;
import dev.anchorgraph.risk.Feature;
import dev.anchorgraph.risk.Knockout;
import dev.anchorgraph.risk.RiskModel;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes one firm's features as of a date (formulas in docs/risk-model.md). Pure: everything comes from the
 * {@link FirmFacts}; nothing reads the clock.
 */
final class FirmFeatures {

    private static final Set<String> ENFORCEMENT_KINDS =
            Set.of("enforcement", "dishonest_debtor", "consumption_restriction");
    private static final Set<String> AGAINST = Set.of("enforced_party", "defendant");

    private final AsOf asOf;
    private final StableBuyers stableBuyers;

    FirmFeatures(AsOf asOf, RiskModel.StableBuyerRule rule) {
        this.asOf = asOf;
        this.stableBuyers = new StableBuyers(rule, asOf);
    }

    /**
     * Numeric features, and the knock-outs that hold with their evidence; for monitoring,
     * the monthly sales ({@code [0]} = the as-of month, 24 months back) and the buyers that are stable large buyers;
     * for the suggested limit, the sales to those buyers over the last 12 months (not a scorecard feature).
     */
    record Features(
            Map<Feature, Double> values,
            Map<Knockout, String> knockouts,
            double[] monthlySales,
            List<String> stableBuyers,
            double stableBuyerSales12,
            CounterpartyExposure.Exposure exposure) {}

    Features of(FirmFacts f) {
        var v = new EnumMap<Feature, Double>(Feature.class);
        var ko = new EnumMap<Knockout, String>(Knockout.class);
        var sales = new double[24];
        var activeMonths = new boolean[24]; // [0] = the as-of month; the 12 before feed the insufficient-data rule
        var dayMasks = new long[6];
        double toLarge = 0;
        double toStable = 0;
        double sumSquares = 0;
        var stableBuyerList = new ArrayList<String>();
        int large = 0;
        var perBuyer = new double[f.sales().size()];
        for (int b = 0; b < f.sales().size(); b++) {
            var sale = f.sales().get(b);
            var m = sale.monthly();
            for (int i = 0; i < m.months().size(); i++) {
                int back = asOf.monthsBack(m.months().get(i));
                if (back < 0 || back >= 24) {
                    continue;
                }
                sales[back] += m.amounts().get(i);
                activeMonths[back] |= m.counts().get(i) > 0;
                if (back < 12) {
                    perBuyer[b] += m.amounts().get(i);
                }
                if (back < 6 && i < m.dayMasks().size()) {
                    dayMasks[back] |= m.dayMasks().get(i);
                }
            }
            if (sale.largeBuyer()) {
                large++;
                toLarge += perBuyer[b];
                if (stableBuyers.assess(sale).stable()) {
                    stableBuyerList.add(sale.buyer());
                    toStable += perBuyer[b];
                }
            }
        }
        for (var p : f.purchases()) {
            for (int i = 0; i < p.months().size(); i++) {
                int back = asOf.monthsBack(p.months().get(i));
                if (back >= 0 && back < 24 && p.counts().get(i) > 0) {
                    activeMonths[back] = true;
                }
            }
        }
        double last12 = sum(sales, 0, 12);
        if (last12 > 0) {
            for (var amount : perBuyer) {
                sumSquares += amount > 0 ? (amount / last12) * (amount / last12) : 0;
            }
            v.put(Feature.LARGE_BUYER_SHARE, Math.max(0, toLarge / last12));
            v.put(Feature.BUYER_HHI, sumSquares);
        }
        v.put(Feature.STABLE_LARGE_BUYERS, (double) stableBuyerList.size());
        v.put(Feature.LARGE_BUYERS, (double) large);
        v.put(Feature.ANNUAL_SALES, last12);
        int days = 0;
        for (var mask : dayMasks) {
            days += Long.bitCount(mask);
        }
        v.put(Feature.INVOICE_DAYS_PER_MONTH, days / 6.0);
        ratio(v, Feature.SALES_TREND_3M, sum(sales, 0, 3), sum(sales, 3, 6));
        ratio(v, Feature.SALES_YOY, last12, sum(sales, 12, 24));
        v.put(Feature.ACTIVE_MONTHS_12, (double) count(activeMonths, 0, 12));
        v.put(Feature.ACTIVE_MONTHS_PRIOR_12, (double) count(activeMonths, 12, 24));
        litigation(f, v, ko, last12);
        if (f.anchorHops() != null) {
            v.put(Feature.ANCHOR_HOPS, (double) f.anchorHops());
        }
        v.put(Feature.CHAIN_STRENGTH, f.chainStrength());
        v.put(Feature.RELATED_PARTY_RISK, (double) f.riskyRelated().size());
        var exposure = new CounterpartyExposure(f.distressed(), f.exposedPartners()).exposure();
        v.put(Feature.COUNTERPARTY_DISTRESS, exposure.value());
        if (f.foundedOn() != null && !f.foundedOn().isAfter(asOf.date())) {
            v.put(Feature.AGE_YEARS, ChronoUnit.DAYS.between(f.foundedOn(), asOf.date()) / 365.25);
        }
        v.put(Feature.USCC_FLAGGED, f.usccValid() ? 0.0 : 1.0);
        fraud(f, v, ko);
        if (f.status() != null && !f.status().equals("active")) {
            ko.put(Knockout.STATUS_NOT_ACTIVE, f.status());
        }
        return new Features(v, ko, sales, List.copyOf(stableBuyerList), Math.max(0, toStable), exposure);
    }

    private void litigation(FirmFacts f, Map<Feature, Double> v, Map<Knockout, String> ko, double annualSales) {
        var from = asOf.date().minusMonths(24);
        int defendant = 0;
        int enforced = 0;
        double amount = 0;
        for (var c : f.cases()) {
            boolean filedInWindow = c.filedOn() != null
                    && c.filedOn().isAfter(from)
                    && !c.filedOn().isAfter(asOf.date());
            boolean against = AGAINST.contains(c.role());
            if (filedInWindow && "defendant".equals(c.role())) {
                defendant++;
                amount += c.amount();
            }
            if (filedInWindow
                    && against
                    && (ENFORCEMENT_KINDS.contains(c.kind()) || "enforced_party".equals(c.role()))) {
                enforced++;
            }
            boolean open = (c.filedOn() == null || !c.filedOn().isAfter(asOf.date()))
                    && (c.closedOn() == null || c.closedOn().isAfter(asOf.date()));
            if (against && open && "dishonest_debtor".equals(c.kind())) {
                ko.put(Knockout.DISHONEST_DEBTOR, "since " + c.filedOn());
            }
            if (against && open && "consumption_restriction".equals(c.kind())) {
                ko.put(Knockout.CONSUMPTION_RESTRICTED, "since " + c.filedOn());
            }
        }
        v.put(Feature.LITIGATION_COUNT_24M, (double) defendant);
        v.put(Feature.ENFORCED_COUNT_24M, (double) enforced);
        if (amount > 0) {
            v.put(Feature.LITIGATION_TO_SALES, annualSales > 0 ? amount / annualSales : 1.0);
        }
    }

    /**
     * Fraud flags become features (0/1, or the figure the points depend on: the related-party share of trade, the
     * Benford MAD) and, where the model says the evidence is strong, knock-outs.
     */
    private static void fraud(FirmFacts f, Map<Feature, Double> v, Map<Knockout, String> ko) {
        v.put(Feature.FRAUD_IMPLAUSIBLE_GOODS, 0.0);
        v.put(Feature.FRAUD_SALES_SURGE, 0.0);
        v.put(Feature.FRAUD_REVERSALS, 0.0);
        v.put(Feature.FRAUD_SHELL_CLUSTER, 0.0);
        for (var flag : f.fraud()) {
            // a pattern this version does not know (written by a newer fraud step) scores nothing
            var pattern = FraudPattern.find(flag.pattern()).orElse(null);
            if (pattern == null) {
                continue;
            }
            boolean high = Severity.HIGH.code().equals(flag.severity());
            switch (pattern) {
                case CIRCULAR_TRADING -> ko.put(Knockout.CIRCULAR_TRADING, String.valueOf(flag.detail()));
                case IMPLAUSIBLE_GOODS -> {
                    if (high) {
                        ko.put(Knockout.IMPLAUSIBLE_GOODS_HIGH, String.valueOf(flag.detail()));
                    } else {
                        v.put(Feature.FRAUD_IMPLAUSIBLE_GOODS, 1.0);
                    }
                }
                case SALES_SURGE -> v.put(Feature.FRAUD_SALES_SURGE, 1.0);
                case REVERSALS -> v.put(Feature.FRAUD_REVERSALS, 1.0);
                case SHELL_CLUSTER -> {
                    if (high) {
                        ko.put(Knockout.SHELL_CLUSTER_HIGH, String.valueOf(flag.detail()));
                    } else {
                        v.put(Feature.FRAUD_SHELL_CLUSTER, 1.0);
                    }
                }
                case RELATED_PARTY_TRADE -> {
                    var share = flag.figure("share");
                    if (share != null) {
                        v.put(Feature.RELATED_PARTY_TRADE_SHARE, share);
                    }
                }
                case BENFORD -> {
                    var mad = flag.figure("mad");
                    v.put(Feature.BENFORD_MAD, mad != null ? mad : 0.0);
                }
            }
        }
    }

    private static void ratio(Map<Feature, Double> v, Feature name, double now, double before) {
        if (before > 0) {
            v.put(name, now / before - 1);
        }
    }

    private static int count(boolean[] a, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += a[i] ? 1 : 0;
        }
        return n;
    }

    private static double sum(double[] a, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += a[i];
        }
        return s;
    }
}
