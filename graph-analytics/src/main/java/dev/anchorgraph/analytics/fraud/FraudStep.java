package dev.anchorgraph.analytics.fraud;

import dev.anchorgraph.cli.BusinessDate;
import dev.anchorgraph.contract.Severity;
import dev.anchorgraph.neo4j.Neo4jConnection;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One fraud-pattern run over the whole graph, as of a date (docs/risk-model.md, "Fraud patterns"): circular-trading
 * rings over the trade graph, then implausible goods, sales surges, reversals and Benford deviation firm by firm, in
 * batches of {@code batchSize} firms that read only their own sales, then related-party trade (batches of firms, each
 * pair's links looked up from the pair) and shell clusters (link groups of young firms grouped in Neo4j, then a batch
 * of components at a time). Results are {@code (:FraudFlag)}, {@code (:FraudRing)} and {@code (:ShellCluster)} nodes
 * under deterministic keys; those of earlier runs that this run did not find are removed at the end. Each of those
 * parts is a {@link PatternUnit}, run in isolation under a time budget: one that fails or overruns is reported in
 * the {@link Summary}, keeps its earlier results, and the others run on.
 */
public final class FraudStep {

    public static final int DEFAULT_RING_MONTHS = 24;
    /** Implausible goods are judged over the whole stored window: categories are not kept per month. */
    static final int SALES_MONTHS = 24;

    private final Neo4jConnection neo4j;
    private final PrintWriter out;
    private final int batchSize;
    private final int ringMonths;
    private final PatternIsolation isolation;

    public FraudStep(Neo4jConnection neo4j, PrintWriter out, int batchSize, int ringMonths) {
        this(neo4j, out, batchSize, ringMonths, PatternIsolation.DEFAULTS);
    }

    public FraudStep(
            Neo4jConnection neo4j, PrintWriter out, int batchSize, int ringMonths, PatternIsolation isolation) {
        this.neo4j = neo4j;
        this.out = out;
        this.batchSize = batchSize;
        this.ringMonths = Math.clamp(ringMonths, 1, 29);
        this.isolation = isolation;
    }

    /**
     * @param flags    flagged firms per pattern, of the units that completed
     * @param failures the units that did not; empty when the run is complete
     */
    public record Summary(
            String run,
            LocalDate asOf,
            long firms,
            long rings,
            long shellClusters,
            Map<String, Long> flags,
            int truncatedRingSeeds,
            List<PatternFailure> failures,
            double seconds) {
        public boolean complete() {
            return failures.isEmpty();
        }
    }

    /** @param searched what the ring search covered and left out, in the report's words */
    private record Rings(
            int found, int truncated, String searched, Map<String, Set<String>> buyers, Map<String, Long> counts) {
        static final Rings NONE = new Rings(0, 0, "not searched", Map.of(), Map.of());
    }

    private record FirmPass(long firms, Map<String, Long> counts) {}

    private record Clusters(long found, Map<String, Long> counts) {}

    /**
     * Each unit runs isolated ({@link PatternRunner}): one that fails leaves the others and their results alone, and
     * the sweep at the end spares its flags, rings and clusters of earlier runs.
     *
     * @param asOf {@code null}: the newest invoice date in the graph (today when there is none)
     */
    public Summary run(LocalDate asOf) {
        long t0 = System.nanoTime();
        var date = asOf != null ? asOf : newestInvoice();
        var runId = "fraud-" + Instant.now().toString().replaceAll("[:.]", "");
        var months = new Months(date);
        var writer = new FlagWriter(neo4j, date, runId);
        var counts = new TreeMap<String, Long>();
        var runner = new PatternRunner(isolation, out);

        // without the rings, implausible goods also judges sales on ring legs (they are not reported twice otherwise)
        var rings = runner.run(PatternUnit.RINGS, d -> rings(months, date, writer.within(d), d))
                .orElse(Rings.NONE);
        counts.putAll(rings.counts());
        out.printf(
                Locale.ROOT,
                "Fraud run %s as of %s: %,d rings over %,d firms in %.1f s; %s.%n",
                runId,
                date,
                rings.found(),
                rings.buyers().size(),
                (System.nanoTime() - t0) / 1e9,
                rings.searched());
        var pass = runner.run(PatternUnit.PER_FIRM, d -> perFirm(months, date, rings.buyers(), writer.within(d), d));
        pass.ifPresent(p -> counts.putAll(p.counts()));
        out.printf(Locale.ROOT, "Rings and per-firm patterns: %.1f s.%n", (System.nanoTime() - t0) / 1e9);
        long t1 = System.nanoTime();
        runner.run(PatternUnit.RELATED_PARTY, d -> relatedPartyTrade(months, writer.within(d), d))
                .ifPresent(counts::putAll);
        out.printf(
                Locale.ROOT,
                "Related-party trade: %,d firms flagged in %.1f s.%n",
                counts.getOrDefault(RelatedPartyFlag.PATTERN, 0L),
                (System.nanoTime() - t1) / 1e9);
        var clusters = runner.run(PatternUnit.SHELL_CLUSTERS, d -> {
            var found = new TreeMap<String, Long>();
            return new Clusters(new ShellClusterStep(neo4j, out, date, batchSize).run(writer.within(d), found), found);
        });
        clusters.ifPresent(c -> counts.putAll(c.counts()));
        writer.sweep(runner.failedFlagPatterns(), runner.failedLabels());
        return new Summary(
                runId,
                date,
                pass.map(FirmPass::firms).orElse(0L),
                rings.found(),
                clusters.map(Clusters::found).orElse(0L),
                counts,
                rings.truncated(),
                runner.failures(),
                (System.nanoTime() - t0) / 1e9);
    }

    private Rings rings(Months months, LocalDate date, FlagWriter writer, Deadline deadline) {
        var trade = new TradeLegReader(neo4j, batchSize).read(months, ringMonths);
        deadline.check();
        // The search asks the deadline every few thousand leg visits and stops; what it found by then is never
        // written: the check below fails the unit.
        var search = new RingFinder(trade, RingFinder.Settings.DEFAULTS, deadline).find();
        deadline.check();
        var rings = search.rings();
        var ringsOf = new TreeMap<String, List<String>>();
        var ringBuyers = new HashMap<String, Set<String>>();
        var ringRows = new ArrayList<FlagWriter.Ring>();
        for (var ring : rings) {
            var key = "ring/" + String.join(">", ring.members());
            var members = ring.members();
            for (int i = 0; i < members.size(); i++) {
                ringsOf.computeIfAbsent(members.get(i), k -> new ArrayList<>()).add(key);
                ringBuyers
                        .computeIfAbsent(members.get(i), k -> new HashSet<>())
                        .add(members.get((i + 1) % members.size()));
            }
            ringRows.add(new FlagWriter.Ring(key, ring.members(), ring.amounts(), monthList(date, ring.months())));
        }
        writer.rings(ringRows);
        var ringFlags = new ArrayList<FlagWriter.Flag>();
        ringsOf.forEach((uscc, keys) -> ringFlags.add(new FlagWriter.Flag(
                uscc,
                FraudFindings.CIRCULAR_TRADING,
                Severity.HIGH,
                String.format(Locale.ROOT, "trades round %d ring(s) at near-equal amounts", keys.size()),
                Map.of("rings", keys))));
        writer.flags(ringFlags);
        return new Rings(
                rings.size(),
                search.truncatedFirms(),
                RingSearchReport.of(search, RingFinder.Settings.DEFAULTS),
                ringBuyers,
                Map.of(FraudFindings.CIRCULAR_TRADING, (long) ringFlags.size()));
    }

    private FirmPass perFirm(
            Months months, LocalDate date, Map<String, Set<String>> ringBuyers, FlagWriter writer, Deadline deadline) {
        var reader = new FirmSalesReader(neo4j, months, SALES_MONTHS);
        var findings = new FraudFindings(
                new ImplausibleGoods(GoodsPlausibility.bundled(), reader.peers(GoodsPlausibility.bundled())),
                new SalesSurge(),
                new Reversals(),
                new Benford(),
                date);
        var counts = new TreeMap<String, Long>();
        long firms = 0;
        String after = "";
        for (var batch = reader.next(after, batchSize); !batch.isEmpty(); batch = reader.next(after, batchSize)) {
            deadline.check();
            var flags = batch.stream()
                    .flatMap(f -> findings.of(f, ringBuyers).stream())
                    .toList();
            flags.forEach(f -> counts.merge(f.pattern(), 1L, Long::sum));
            writer.flags(flags);
            firms += batch.size();
            after = batch.getLast().uscc();
        }
        return new FirmPass(firms, counts);
    }

    private Map<String, Long> relatedPartyTrade(Months months, FlagWriter writer, Deadline deadline) {
        var reader = new RelatedPartyReader(neo4j, months);
        var rule = new RelatedPartyTrade();
        var counts = new TreeMap<String, Long>();
        String after = "";
        for (var batch = reader.next(after, batchSize); !batch.isEmpty(); batch = reader.next(after, batchSize)) {
            deadline.check();
            var flags = new ArrayList<FlagWriter.Flag>();
            for (var firm : batch) {
                rule.assess(firm).ifPresent(f -> flags.add(RelatedPartyFlag.of(firm, f, rule.severity(f))));
            }
            flags.forEach(f -> counts.merge(f.pattern(), 1L, Long::sum));
            writer.flags(flags);
            after = batch.getLast().uscc();
        }
        return counts;
    }

    private static List<String> monthList(LocalDate asOf, int mask) {
        var list = new ArrayList<String>();
        for (int i = 30; i >= 0; i--) {
            if ((mask & 1 << i) != 0) {
                list.add(YearMonth.from(asOf).minusMonths(i).toString());
            }
        }
        return list;
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
