package dev.anchorgraph.analytics.fraud;

import dev.anchorgraph.contract.FraudPattern;
import dev.anchorgraph.contract.Severity;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The per-firm patterns as flags, with their severity, a readable detail and the figures behind them. Severity:
 * {@code high} when the evidence is hard to explain by ordinary business (rings; implausible goods at half of sales
 * or more), {@code medium} otherwise.
 */
final class FraudFindings {

    // the stored spellings, from the shared contract
    static final String CIRCULAR_TRADING = FraudPattern.CIRCULAR_TRADING.code();
    static final String IMPLAUSIBLE_GOODS = FraudPattern.IMPLAUSIBLE_GOODS.code();
    static final String SALES_SURGE = FraudPattern.SALES_SURGE.code();
    static final String REVERSALS = FraudPattern.REVERSALS.code();
    static final String BENFORD = FraudPattern.BENFORD.code();

    private final ImplausibleGoods goods;
    private final SalesSurge surge;
    private final Reversals reversals;
    private final Benford benford;
    private final LocalDate asOf;

    FraudFindings(ImplausibleGoods goods, SalesSurge surge, Reversals reversals, Benford benford, LocalDate asOf) {
        this.goods = goods;
        this.surge = surge;
        this.reversals = reversals;
        this.benford = benford;
        this.asOf = asOf;
    }

    /** @param ringBuyers per firm, the buyers it sells to on ring legs (already reported as rings) */
    List<FlagWriter.Flag> of(FirmSales firm, Map<String, Set<String>> ringBuyers) {
        var flags = new ArrayList<FlagWriter.Flag>();
        goods.assess(firm, ringBuyers.getOrDefault(firm.uscc(), Set.of()))
                .ifPresent(g -> flags.add(new FlagWriter.Flag(
                        firm.uscc(),
                        IMPLAUSIBLE_GOODS,
                        g.share() >= 0.5 ? Severity.HIGH : Severity.MEDIUM,
                        String.format(
                                Locale.ROOT,
                                "industry %s sells %s: %.0f%% of sales",
                                firm.industryCode(),
                                String.join(", ", g.categories()),
                                100 * g.share()),
                        Map.of(
                                "industryCode",
                                String.valueOf(firm.industryCode()),
                                "categories",
                                g.categories(),
                                "buyers",
                                g.buyers(),
                                "amount",
                                round(g.amount()),
                                "share",
                                round(g.share())))));
        surge.surge(firm.monthly(surge.months())).ifPresent(s -> {
            var month = YearMonth.from(asOf).minusMonths(s.monthsBack()).toString();
            flags.add(new FlagWriter.Flag(
                    firm.uscc(),
                    SALES_SURGE,
                    Severity.MEDIUM,
                    String.format(Locale.ROOT, "sales of %s %.1f times the 12-month median", month, s.multiple()),
                    Map.of("month", month, "amount", round(s.amount()), "baselineMedian", round(s.baseline()))));
        });
        reversals
                .assess(firm)
                .ifPresent(r -> flags.add(new FlagWriter.Flag(
                        firm.uscc(),
                        REVERSALS,
                        Severity.MEDIUM,
                        String.format(Locale.ROOT, "%.0f%% of invoiced sales reversed or voided", 100 * r.ratio()),
                        Map.of(
                                "reversed",
                                round(r.reversed()),
                                "issued",
                                round(r.issued()),
                                "ratio",
                                round(r.ratio())))));
        benford.assess(firm.firstDigits())
                .ifPresent(b -> flags.add(new FlagWriter.Flag(
                        firm.uscc(),
                        BENFORD,
                        Severity.LOW,
                        String.format(
                                Locale.ROOT,
                                "first digits of %,d invoice amounts deviate from Benford's law (MAD %.3f)",
                                b.invoices(),
                                b.mad()),
                        Map.of(
                                "invoices",
                                b.invoices(),
                                "mad",
                                Math.round(b.mad() * 10_000) / 10_000.0,
                                "chiSquare",
                                round(b.chiSquare()),
                                "firstDigits",
                                Arrays.stream(b.counts()).boxed().toList(),
                                "expected",
                                Arrays.stream(Benford.EXPECTED)
                                        .map(p -> Math.round(p * 1000) / 1000.0)
                                        .boxed()
                                        .toList()))));
        return flags;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
