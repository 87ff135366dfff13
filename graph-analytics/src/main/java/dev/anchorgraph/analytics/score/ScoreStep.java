package dev.anchorgraph.analytics.score;

import dev.anchorgraph.analytics.control.ControlPass;
import dev.anchorgraph.analytics.fraud.FraudStep;
import dev.anchorgraph.analytics.fraud.PatternFailure;
import dev.anchorgraph.analytics.fraud.PatternIsolation;
import dev.anchorgraph.analytics.monitor.BorrowerState;
import dev.anchorgraph.analytics.monitor.Monitor;
import dev.anchorgraph.analytics.monitor.MonitorRules;
import dev.anchorgraph.cli.BusinessDate;
import dev.anchorgraph.contract.RunStatus;
import dev.anchorgraph.contract.ScoreHistoryEntry;
import dev.anchorgraph.neo4j.Neo4jConnection;
import dev.anchorgraph.risk.Feature;
import dev.anchorgraph.risk.RiskModel;
import dev.anchorgraph.risk.Scorecard;
import dev.anchorgraph.risk.SuggestedLimit;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One score run over the whole graph, as of a date: trade totals and large buyers (inside Neo4j, in bounded
 * transactions), chains to anchors (one anchor's neighbourhood at a time), fraud patterns, then features, score, tier and reasons
 * for every firm in batches of {@code batchSize} firms, each batch reading only its firms' neighbourhoods. The run is
 * recorded as a {@code (:ScoreRun)} when it has finished (docs/scoring-contract.md), with {@code status: 'warnings'}
 * and the failed patterns when a fraud pattern failed: the firms are scored all the same.
 */
public final class ScoreStep {

    /**
     * The tier is also a label, {@code :RiskTierA} … {@code :RiskTierD}: Neo4j Browser styles nodes by label only. A
     * firm with insufficient data has none ({@code row.labels} is empty); its null score and tier remove the old ones.
     * The run's line goes in front of the firm's score history, which keeps the last {@link ScoreHistoryEntry#KEEP} runs.
     */
    private static final String WRITE = """
            UNWIND $rows AS row
            MATCH (c:Company {uscc: row.uscc})
            SET c += row.props
            SET c.riskHistory = ([row.history] + coalesce(c.riskHistory, []))[0..$keep]
            REMOVE c:RiskTierA:RiskTierB:RiskTierC:RiskTierD
            SET c:$(row.labels)
            """;

    private final Neo4jConnection neo4j;
    private final RiskModel model;
    private final PrintWriter out;
    private final int batchSize;
    private final PatternIsolation patterns;
    /** The model's reason code for {@link Feature#COUNTERPARTY_DISTRESS}, whose value names the counterparty. */
    private final String distressReason;

    public ScoreStep(
            Neo4jConnection neo4j, RiskModel model, PrintWriter out, int batchSize, PatternIsolation patterns) {
        this.neo4j = neo4j;
        this.model = model;
        this.out = out;
        this.batchSize = batchSize;
        this.patterns = patterns;
        this.distressReason = model.features().stream()
                .filter(f -> f.feature() == Feature.COUNTERPARTY_DISTRESS)
                .map(RiskModel.BandedFeature::reason)
                .findFirst()
                .orElse(null);
    }

    /** @param failures fraud patterns that failed: every firm is scored all the same, with their earlier flags */
    public record Summary(
            String run,
            LocalDate asOf,
            long companies,
            long anchorsInferred,
            long chains,
            Map<String, Long> tiers,
            long borrowers,
            long alerts,
            List<PatternFailure> failures,
            double seconds) {
        public boolean complete() {
            return failures.isEmpty();
        }
    }

    /** @param asOf {@code null}: the newest invoice date in the graph (today when there is none) */
    public Summary run(LocalDate asOf) {
        long t0 = System.nanoTime();
        var started = Instant.now();
        var date = new AsOf(asOf != null ? asOf : newestInvoice());
        var runId = "run-" + started.toString().replaceAll("[:.]", "");
        var totals = new TradeTotals(neo4j);
        totals.amounts(date);
        var inferred = totals.inferAnchorsIfNoneGiven();
        totals.markLargeBuyers(model.largeBuyerPercentile());
        var chains = new ChainFinder(neo4j).run();
        var distress = new DistressSignals(neo4j).run(date);
        out.printf(
                Locale.ROOT,
                "Counterparty distress: %,d firm(s) in distress, %,d firm(s) depending on one for %.0f%%+ of sales or"
                        + " purchases.%n",
                distress.distressed(),
                distress.exposed(),
                DistressSignals.PROPAGATE_FROM * 100);
        var fraud = new FraudStep(neo4j, out, batchSize, FraudStep.DEFAULT_RING_MONTHS, patterns).run(date.date());
        out.printf(
                Locale.ROOT,
                "Fraud patterns: %,d ring(s), %,d shell cluster(s), flags %s%n",
                fraud.rings(),
                fraud.shellClusters(),
                fraud.flags());
        new ControlPass(neo4j, out, batchSize).run();
        out.printf(
                Locale.ROOT,
                "Score run %s as of %s: %,d chain links to anchors%s.%n",
                runId,
                date.date(),
                chains.chains(),
                inferred > 0 ? ", " + inferred + " anchors inferred" : "");
        out.printf(
                Locale.ROOT,
                "Chains: every anchor's %,d direct partners in; deeper levels bounded: %,d partner links beyond the "
                        + "%d strongest per firm not followed, %,d firms beyond %,d per anchor and side left out.%n",
                chains.tier1(),
                chains.linksNotFollowed(),
                AnchorNeighbourhood.DEFAULT_BREADTH,
                chains.firmsLeftOut(),
                AnchorNeighbourhood.DEFAULT_MAX_FIRMS);
        var features = new FirmFeatures(date, model.stableBuyer());
        var scorecard = new Scorecard(model);
        var limits = model.limitPolicy() == null ? null : new SuggestedLimit(model.limitPolicy());
        var reader = new FirmReader(neo4j);
        var tiers = new TreeMap<String, Long>();
        var monitor = new Monitor(neo4j, runId, date.date(), MonitorRules.DEFAULTS);
        long companies = 0;
        long borrowers = 0;
        long alerts = 0;
        String after = "";
        while (true) {
            var batch = nextBatch(after);
            if (batch.isEmpty()) {
                break;
            }
            var rows = new ArrayList<Map<String, Object>>(batch.size());
            var monitored = new ArrayList<BorrowerState>();
            for (var facts : reader.read(batch, date)) {
                var f = features.of(facts);
                var exposure = f.exposure();
                var result = named(scorecard.score(f.values(), f.knockouts()), exposure);
                tiers.merge(
                        result.tier() == null
                                ? result.status().code()
                                : result.tier().code(),
                        1L,
                        Long::sum);
                var props = properties(f, result, runId, date);
                props.put("riskPd", scorecard.pd(result));
                props.putAll(limitProperties(limits, f, result));
                props.putAll(exposureProperties(exposure));
                rows.add(Map.of(
                        "uscc",
                        facts.uscc(),
                        "props",
                        props,
                        "history",
                        new ScoreHistoryEntry(
                                        runId,
                                        date.date(),
                                        result.status().code(),
                                        result.tier() == null
                                                ? null
                                                : result.tier().code(),
                                        result.score(),
                                        (Double) props.get("riskPd"))
                                .encode(),
                        "labels",
                        result.tier() == null
                                ? List.of()
                                : List.of("RiskTier" + result.tier().code())));
                if (facts.monitored()) {
                    monitored.add(borrowerState(facts, f, result));
                }
            }
            try (var s = neo4j.driver().session(neo4j.session())) {
                s.executeWriteWithoutResult(tx -> tx.run(WRITE, Map.of("rows", rows, "keep", ScoreHistoryEntry.KEEP))
                        .consume());
            }
            alerts += monitor.process(monitored);
            borrowers += monitored.size();
            companies += batch.size();
            after = batch.getLast();
        }
        var seconds = (System.nanoTime() - t0) / 1e9;
        long scored = companies;
        try (var s = neo4j.driver().session(neo4j.session())) {
            s.executeWriteWithoutResult(tx -> tx.run(
                            """
                    CREATE (:ScoreRun {id: $id, model: $model, asOf: $asOf, startedAt: datetime($started),
                                       finishedAt: datetime(), companies: $companies, status: $status,
                                       failedPatterns: $failedPatterns, warnings: $warnings,
                                       pdCalibration: $pdCalibration})
                    """,
                            Map.of(
                                    "pdCalibration",
                                    pdCalibration(),
                                    "id",
                                    runId,
                                    "model",
                                    model.version(),
                                    "asOf",
                                    date.date(),
                                    "started",
                                    started.toString(),
                                    "companies",
                                    scored,
                                    "status",
                                    (fraud.complete() ? RunStatus.COMPLETE : RunStatus.WARNINGS).code(),
                                    "failedPatterns",
                                    fraud.failures().stream()
                                            .flatMap(f -> f.flagPatterns().stream())
                                            .toList(),
                                    "warnings",
                                    fraud.failures().stream()
                                            .map(PatternFailure::warning)
                                            .toList()))
                    .consume());
        }
        out.printf(
                Locale.ROOT, "Monitoring: %,d borrower(s) and watched firm(s), %,d new alert(s).%n", borrowers, alerts);
        return new Summary(
                runId,
                date.date(),
                companies,
                inferred,
                chains.chains(),
                tiers,
                borrowers,
                alerts,
                fraud.failures(),
                seconds);
    }

    /** The counterparty-distress reason names the counterparty that weighs most (its share alone says little). */
    private Scorecard.Result named(Scorecard.Result r, CounterpartyExposure.Exposure exposure) {
        if (exposure.hops() == 0) {
            return r;
        }
        var reasons = r.reasons().stream()
                .map(reason -> reason.code().equals(distressReason)
                        ? new Scorecard.Reason(reason.code(), reason.points(), exposure.label())
                        : reason)
                .toList();
        return new Scorecard.Result(r.score(), r.tier(), reasons, r.knockouts(), r.status());
    }

    /** What the firm's counterparty distress rests on, for the API and Neo4j Browser; null removes the old. */
    private static Map<String, Object> exposureProperties(CounterpartyExposure.Exposure e) {
        var p = new HashMap<String, Object>();
        boolean any = e.hops() > 0;
        p.put("counterpartyDistressVia", any ? e.uscc() : null);
        p.put("counterpartyDistressViaName", any ? e.name() : null);
        p.put("counterpartyDistressSide", any ? e.side() : null);
        p.put("counterpartyDistressWeight", any ? e.weight() : null);
        p.put("counterpartyDistressHops", any ? (long) e.hops() : null);
        p.put("counterpartyDistressFirm", any ? e.distressedUscc() : null);
        p.put("counterpartyDistressFirmName", any ? e.distressedName() : null);
        p.put("counterpartyDistressSignals", any && !e.signals().isEmpty() ? e.signals() : null);
        p.put("counterpartyDistressSince", any ? e.since() : null);
        return p;
    }

    private static BorrowerState borrowerState(FirmFacts facts, FirmFeatures.Features f, Scorecard.Result r) {
        var lastOn = new HashMap<String, LocalDate>();
        for (var sale : facts.sales()) {
            if (sale.lastOn() != null) {
                lastOn.merge(sale.buyer(), sale.lastOn(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return new BorrowerState(
                facts.uscc(),
                r.tier(),
                r.score(),
                f.monthlySales(),
                lastOn,
                f.stableBuyers(),
                facts.cases().stream()
                        .map(c -> new BorrowerState.CaseRef(c.caseNo(), c.kind(), c.role(), c.filedOn()))
                        .toList(),
                facts.fraud().stream()
                        .map(x -> new BorrowerState.FraudRef(x.pattern(), x.severity(), x.detail()))
                        .toList(),
                facts.distressed().stream()
                        .map(d -> new BorrowerState.Distressed(
                                d.uscc(), d.name(), d.side(), d.share(), d.signals(), d.since()))
                        .toList());
    }

    /**
     * The suggested limit and the sales it rests on (docs/scoring-contract.md); a model without a limit policy
     * removes an earlier model's limit rather than leave it beside a new score.
     */
    private static Map<String, Object> limitProperties(
            SuggestedLimit limits, FirmFeatures.Features f, Scorecard.Result r) {
        var p = new HashMap<String, Object>();
        p.put("stableBuyerSales12", f.stableBuyerSales12());
        var annualSales = f.values().getOrDefault(Feature.ANNUAL_SALES, 0.0);
        var limit = limits == null ? null : limits.of(r.status(), r.tier(), f.stableBuyerSales12(), annualSales);
        p.put("suggestedLimit", limit == null ? null : limit.amount());
        p.put("suggestedLimitBasis", limit == null ? null : limit.basis().code());
        return p;
    }

    private Map<String, Object> properties(FirmFeatures.Features f, Scorecard.Result r, String runId, AsOf date) {
        var p = new HashMap<String, Object>();
        p.put("riskStatus", r.status().code());
        p.put("riskScore", r.score());
        p.put("riskTier", r.tier() == null ? null : r.tier().code());
        p.put("riskModel", model.version());
        p.put("riskRun", runId);
        p.put("riskAsOf", date.date());
        p.put("riskReasons", r.reasons().stream().map(Scorecard.Reason::code).toList());
        p.put(
                "riskReasonPoints",
                r.reasons().stream().map(Scorecard.Reason::points).toList());
        p.put(
                "riskReasonValues",
                r.reasons().stream().map(Scorecard.Reason::value).toList());
        p.put("riskKnockouts", r.knockouts());
        // the features the scoring contract names, each under its property (activeMonths12 is stored as monthsTrading)
        for (var feature : Feature.values()) {
            if (feature.stored() != Feature.Stored.NO) {
                p.put(feature.property(), feature.storedValue(f.values().get(feature)));
            }
        }
        return p;
    }

    /** What the run's PDs come from, in words ({@code none}: the model has no calibration, the firms no PD). */
    private String pdCalibration() {
        var c = model.calibration();
        if (c == null) {
            return "none";
        }
        return c.source() != null
                ? c.source()
                : plain(c.baseScore()) + " points at odds " + plain(c.baseOdds()) + ":1, " + plain(c.pdo())
                        + " points to double the odds";
    }

    /** 50 as "50", 34.1 as "34.10". */
    private static String plain(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private List<String> nextBatch(String after) {
        try (var s = neo4j.driver().session(neo4j.session())) {
            return s.run(
                            "MATCH (c:Company) WHERE c.uscc > $after RETURN c.uscc AS uscc ORDER BY uscc LIMIT $n",
                            Map.of("after", after, "n", batchSize))
                    .list(r -> r.get("uscc").asString());
        }
    }

    private LocalDate newestInvoice() {
        try (var s = neo4j.driver().session(neo4j.session())) {
            var newest = s.run("MATCH ()-[r:SUPPLIES]->() RETURN max(r.lastOn) AS d")
                    .single()
                    .get("d");
            return newest.isNull() ? BusinessDate.today() : newest.asLocalDate();
        }
    }
}
