package dev.anchorgraph.analytics.monitor;

import dev.anchorgraph.contract.AlertType;
import dev.anchorgraph.contract.Codes;
import dev.anchorgraph.contract.Severity;
import dev.anchorgraph.risk.RiskTier;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares a borrower's state in this run with the previous run's snapshot and says which alerts to raise (rules
 * and defaults in docs/monitoring.md). Pure: the as-of date is given, nothing reads the clock.
 * <ul>
 * <li>{@code sales_drop}: sales of the last complete month (the as-of month when the as-of date is its last day,
 *     else the month before) are more than {@code salesDrop} below the average of the {@code trailingMonths}
 *     months before it, when that average is at least {@code minTrailingAverage}; for a firm that invoices
 *     irregularly (its own rhythm has empty months, see {@link SalesDrop}) only when the month before was low too.
 *     A condition, not a change: it is raised on the first run too, once per month (the month is in the key).</li>
 * <li>{@code stable_buyer_silent}: a buyer that was a stable large buyer in the previous run has had no invoice for
 *     more than {@code silentDays} days; once per silence (its last invoice date is in the key).</li>
 * <li>{@code new_litigation}, {@code new_enforcement}, {@code new_dishonest_debtor}: a case against the firm
 *     (defendant or enforced party) that the previous run did not know.</li>
 * <li>{@code tier_downgrade}: a worse tier than in the previous run.</li>
 * <li>{@code new_fraud_pattern}: a fraud pattern the previous run did not flag.</li>
 * <li>{@code counterparty_distress}: a buyer or supplier taking at least {@code importantCounterparty} of the
 *     borrower's 12-month sales or purchases is in distress (docs/risk-model.md, Counterparty distress). A condition:
 *     raised on the first run too, once per counterparty and distress episode (its start date is in the key).</li>
 * </ul>
 * The rules that compare with the previous run raise nothing on a borrower's first run, which records the baseline.
 * Cost: linear in the borrower's buyers and cases.
 */
final class AlertRules {

    private static final List<String> AGAINST = List.of("defendant", "enforced_party");
    private static final Map<String, String> KINDS_ZH = Map.of(
            "civil",
            "民事",
            "administrative",
            "行政",
            "criminal",
            "刑事",
            "enforcement",
            "执行",
            "dishonest_debtor",
            "失信",
            "consumption_restriction",
            "限制消费");

    private final MonitorRules rules;
    private final LocalDate asOf;

    AlertRules(MonitorRules rules, LocalDate asOf) {
        this.rules = rules;
        this.asOf = asOf;
    }

    /** @param previous {@code null} on the borrower's first run */
    List<NewAlert> compare(Snapshot previous, BorrowerState now) {
        var alerts = new ArrayList<NewAlert>();
        salesDrop(now, alerts);
        counterpartyDistress(now, alerts);
        if (previous != null) {
            silentBuyers(previous, now, alerts);
            newCases(previous, now, alerts);
            downgrade(previous, now, alerts);
            newFraud(previous, now, alerts);
        }
        return alerts;
    }

    private void salesDrop(BorrowerState now, List<NewAlert> alerts) {
        int last = asOf.equals(asOf.withDayOfMonth(asOf.lengthOfMonth())) ? 0 : 1;
        var sales = now.monthlySales();
        if (sales.length < last + 2 + rules.trailingMonths()) {
            return;
        }
        var drop = SalesDrop.of(sales, last, rules);
        if (drop.isEmpty()) {
            return;
        }
        var d = drop.get();
        var month = YearMonth.from(asOf).minusMonths(last).toString();
        // net sales below zero (reversals of earlier invoices) are a drop of 100 %, said with the amount
        var percent = Math.round(Math.min(1, d.drop()) * 100) + "%";
        var evidence = evidence(
                "month",
                month,
                "sales",
                round(d.sales()),
                "trailingAverage",
                round(d.trailing()),
                "trailingMonths",
                rules.trailingMonths(),
                "drop",
                Math.round(d.drop() * 1000) / 1000.0,
                "irregular",
                d.irregular(),
                "history",
                history(sales, last));
        alerts.add(alert(
                now.uscc(),
                AlertType.SALES_DROP,
                month,
                d.drop() >= rules.salesDropHigh() ? Severity.HIGH : Severity.MEDIUM,
                evidence,
                month,
                percent,
                String.valueOf(rules.trailingMonths()),
                String.format(Locale.ROOT, "%,.0f", d.sales()),
                String.format(Locale.ROOT, "%,.0f", d.trailing())));
    }

    /** The 12 months up to the month compared, oldest first, rounded to the yuan: the chart an analyst asks for. */
    private static List<Double> history(double[] sales, int last) {
        var months = new ArrayList<Double>();
        for (int i = Math.min(sales.length - 1, last + 11); i >= last; i--) {
            months.add((double) Math.round(sales[i]));
        }
        return months;
    }

    private void silentBuyers(Snapshot previous, BorrowerState now, List<NewAlert> alerts) {
        for (var buyer : previous.stableBuyers()) {
            var lastOn = now.buyersLastOn().get(buyer);
            long days = lastOn == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(lastOn, asOf);
            if (lastOn != null && days > rules.silentDays()) {
                alerts.add(alert(
                        now.uscc(),
                        AlertType.STABLE_BUYER_SILENT,
                        buyer + "/" + lastOn,
                        Severity.MEDIUM,
                        evidence(
                                "buyer",
                                buyer,
                                "lastInvoiceOn",
                                lastOn.toString(),
                                "daysSilent",
                                days,
                                "stableInRun",
                                previous.run()),
                        buyer,
                        String.valueOf(days)));
            }
        }
    }

    private void newCases(Snapshot previous, BorrowerState now, List<NewAlert> alerts) {
        var known = new HashSet<>(previous.cases());
        for (var c : now.cases()) {
            if (c.caseNo() == null || known.contains(c.caseNo()) || !AGAINST.contains(c.role())) {
                continue;
            }
            var type = switch (String.valueOf(c.kind())) {
                case "dishonest_debtor" -> AlertType.NEW_DISHONEST_DEBTOR;
                case "enforcement", "consumption_restriction" -> AlertType.NEW_ENFORCEMENT;
                default -> AlertType.NEW_LITIGATION;
            };
            var severity = type == AlertType.NEW_LITIGATION ? Severity.MEDIUM : Severity.HIGH;
            var filed = c.filedOn() == null ? "?" : c.filedOn().toString();
            alerts.add(alert(
                    now.uscc(),
                    type,
                    c.caseNo(),
                    severity,
                    evidence("caseNo", c.caseNo(), "kind", c.kind(), "role", c.role(), "filedOn", filed),
                    c.caseNo(),
                    String.valueOf(c.kind()).replace('_', ' '),
                    filed,
                    KINDS_ZH.getOrDefault(String.valueOf(c.kind()), "")));
        }
    }

    private void downgrade(Snapshot previous, BorrowerState now, List<NewAlert> alerts) {
        if (previous.tier() == null || now.tier() == null || !now.tier().isWorseThan(previous.tier())) {
            return;
        }
        var from = previous.tier().code();
        var to = now.tier().code();
        var subject = from + ">" + to + "/" + asOf;
        alerts.add(alert(
                now.uscc(),
                AlertType.TIER_DOWNGRADE,
                subject,
                now.tier() == RiskTier.D ? Severity.HIGH : Severity.MEDIUM,
                evidence(
                        "from",
                        from,
                        "to",
                        to,
                        "scoreFrom",
                        previous.score(),
                        "scoreTo",
                        now.score(),
                        "previousRun",
                        previous.run(),
                        "previousAsOf",
                        String.valueOf(previous.asOf())),
                from,
                to,
                String.valueOf(previous.score()),
                String.valueOf(now.score())));
    }

    private void newFraud(Snapshot previous, BorrowerState now, List<NewAlert> alerts) {
        var known = new HashSet<>(previous.fraud());
        for (var f : now.fraud()) {
            if (!known.contains(f.pattern())) {
                alerts.add(alert(
                        now.uscc(),
                        AlertType.NEW_FRAUD_PATTERN,
                        f.pattern() + "/" + asOf,
                        severity(f.severity()),
                        evidence(
                                "pattern", f.pattern(), "severity", f.severity(), "detail", String.valueOf(f.detail())),
                        f.pattern(),
                        String.valueOf(f.detail())));
            }
        }
    }

    private void counterpartyDistress(BorrowerState now, List<NewAlert> alerts) {
        for (var d : now.distressed()) {
            if (d.share() < rules.importantCounterparty()) {
                continue;
            }
            var since = d.since() == null ? "?" : d.since().toString();
            var percent = Math.round(d.share() * 100) + "%";
            var strong = d.signals().stream().anyMatch(s -> !s.endsWith("_collapse") && !s.equals("enforcement"));
            alerts.add(alert(
                    now.uscc(),
                    AlertType.COUNTERPARTY_DISTRESS,
                    d.uscc() + "/" + since,
                    strong || d.share() >= 0.5 ? Severity.HIGH : Severity.MEDIUM,
                    evidence(
                            "counterparty",
                            d.uscc(),
                            "name",
                            String.valueOf(d.name()),
                            "side",
                            d.side(),
                            "share",
                            Math.round(d.share() * 1000) / 1000.0,
                            "signals",
                            d.signals(),
                            "since",
                            since),
                    percent,
                    d.side(),
                    String.valueOf(d.name()),
                    since,
                    String.join(
                            ", ",
                            d.signals().stream()
                                    .map(s -> SIGNALS_EN.getOrDefault(s, s))
                                    .toList()),
                    d.side().equals("sales") ? "销售" : "采购",
                    String.join(
                            "、",
                            d.signals().stream()
                                    .map(s -> SIGNALS_ZH.getOrDefault(s, s))
                                    .toList())));
        }
    }

    private static final Map<String, String> SIGNALS_EN = Map.of(
            "dishonest_debtor", "dishonest debtor",
            "consumption_restriction", "consumption restriction",
            "enforcement", "enforcement cases",
            "status_not_active", "registry status not active",
            "purchases_collapse", "purchases collapsed",
            "sales_collapse", "sales collapsed");
    private static final Map<String, String> SIGNALS_ZH = Map.of(
            "dishonest_debtor", "失信被执行人",
            "consumption_restriction", "限制消费",
            "enforcement", "被执行案件",
            "status_not_active", "登记状态非存续",
            "purchases_collapse", "采购额骤降",
            "sales_collapse", "销售额骤降");

    /** The flag's own severity: weak evidence (Benford, a small related-party share) must not page anyone. */
    private static Severity severity(String flagSeverity) {
        // read from the stored flag, so lenient: a value this version does not know alerts as medium
        return Codes.find(Severity.class, Severity::code, flagSeverity).orElse(Severity.MEDIUM);
    }

    private static NewAlert alert(
            String uscc,
            AlertType type,
            String subject,
            Severity severity,
            Map<String, Object> evidence,
            Object... args) {
        return new NewAlert(
                uscc + "/" + type.code() + "/" + subject, type, severity, uscc, evidence, type.en(args), type.zh(args));
    }

    private static Map<String, Object> evidence(Object... pairs) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
