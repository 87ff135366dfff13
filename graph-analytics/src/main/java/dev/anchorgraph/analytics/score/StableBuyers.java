package dev.anchorgraph.analytics.score;

import dev.anchorgraph.risk.RiskModel;
import java.time.temporal.ChronoUnit;

/**
 * Whether a large buyer is a <em>stable</em> one, by the model's rule (defaults: tenure ≥ 12 months, invoiced in
 * ≥ 9 of the last 12 months, coefficient of variation of the monthly amounts ≤ 1, last invoice within 60 days of
 * the as-of date). Tenure counts months from the first invoice's month to the as-of month, both included; the
 * coefficient of variation (population standard deviation ÷ mean) is taken over the months with invoices, so it
 * measures how even the orders are, while the active-month count measures how regular.
 */
final class StableBuyers {

    private final RiskModel.StableBuyerRule rule;
    private final AsOf asOf;

    StableBuyers(RiskModel.StableBuyerRule rule, AsOf asOf) {
        this.rule = rule;
        this.asOf = asOf;
    }

    record Assessment(int tenureMonths, int activeMonths, double cv, long daysSinceLast, boolean stable) {}

    Assessment assess(FirmFacts.Sale sale) {
        var m = sale.monthly();
        int active = 0;
        double sum = 0;
        double sumSquares = 0;
        for (int i = 0; i < m.months().size(); i++) {
            int back = asOf.monthsBack(m.months().get(i));
            if (back >= 0 && back < 12 && m.counts().get(i) > 0) {
                active++;
                var a = m.amounts().get(i);
                sum += a;
                sumSquares += a * a;
            }
        }
        double mean = active == 0 ? 0 : sum / active;
        double cv =
                mean <= 0 ? Double.POSITIVE_INFINITY : Math.sqrt(Math.max(0, sumSquares / active - mean * mean)) / mean;
        int tenure = sale.firstOn() == null
                ? 0
                : asOf.monthsBack(sale.firstOn().toString().substring(0, 7)) + 1;
        long days = sale.lastOn() == null
                ? Long.MAX_VALUE
                : Math.max(0, ChronoUnit.DAYS.between(sale.lastOn(), asOf.date()));
        boolean stable = tenure >= rule.minTenureMonths()
                && active >= rule.minActiveMonthsOfLast12()
                && cv <= rule.maxCv()
                && days <= rule.maxDaysSinceLast();
        return new Assessment(tenure, active, cv, days, stable);
    }
}
