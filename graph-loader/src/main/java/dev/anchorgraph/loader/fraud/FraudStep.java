package dev.anchorgraph.loader.fraud;

import dev.anchorgraph.loader.Neo4jConnection;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One fraud-pattern run over the whole graph, as of a date (docs/risk-model.md, "Fraud patterns"): circular-trading
 * rings over the trade graph, then implausible goods, sales surges, reversals and Benford deviation firm by firm, in
 * batches of {@code batchSize} firms that read only their own sales, then related-party trade (batches of firms, each
 * pair's links looked up from the pair) and shell clusters (link groups of young firms grouped in Neo4j, then a batch
 * of components at a time). Results are {@code (:FraudFlag)}, {@code (:FraudRing)} and {@code (:ShellCluster)} nodes
 * under deterministic keys; those of earlier runs that this run did not find are removed at the end.
 */
public final class FraudStep {

    public static final int DEFAULT_RING_MONTHS = 24;
    /** Implausible goods are judged over the whole stored window: categories are not kept per month. */
    static final int SALES_MONTHS = 24;

    private final Neo4jConnection neo4j;
    private final PrintWriter out;
    private final int batchSize;
    private final int ringMonths;

    public FraudStep(Neo4jConnection neo4j, PrintWriter out, int batchSize, int ringMonths) {
        this.neo4j = neo4j;
        this.out = out;
        this.batchSize = batchSize;
        this.ringMonths = Math.clamp(ringMonths, 1, 29);
    }

    /** @param flags flagged firms per pattern */
    public record Summary(String run, LocalDate asOf, long firms, long rings, long shellClusters, Map<String, Long> flags,
                          int truncatedRingSeeds, double seconds) {}

    /** @param asOf {@code null}: the newest invoice date in the graph (today when there is none) */
    public Summary run(LocalDate asOf) {
        long t0 = System.nanoTime();
        var date = asOf != null ? asOf : newestInvoice();
        var runId = "fraud-" + Instant.now().toString().replaceAll("[:.]", "");
        var months = new Months(date);
        var writer = new FlagWriter(neo4j, date, runId);
        var counts = new TreeMap<String, Long>();

        var search = new RingFinder(new TradeLegReader(neo4j, batchSize).read(months, ringMonths)).find();
        var rings = search.rings();
        var ringsOf = new TreeMap<String, List<String>>();
        var ringBuyers = new java.util.HashMap<String, java.util.Set<String>>();
        var ringRows = new ArrayList<FlagWriter.Ring>();
        for (var ring : rings) {
            var key = "ring/" + String.join(">", ring.members());
            var members = ring.members();
            for (int i = 0; i < members.size(); i++) {
                ringsOf.computeIfAbsent(members.get(i), k -> new ArrayList<>()).add(key);
                ringBuyers.computeIfAbsent(members.get(i), k -> new java.util.HashSet<>()).add(members.get((i + 1) % members.size()));
            }
            ringRows.add(new FlagWriter.Ring(key, ring.members(), ring.amounts(), monthList(date, ring.months())));
        }
        writer.rings(ringRows);
        var ringFlags = new ArrayList<FlagWriter.Flag>();
        ringsOf.forEach((uscc, keys) -> ringFlags.add(new FlagWriter.Flag(uscc, FraudFindings.CIRCULAR_TRADING, "high",
                "trades round %d ring(s) at near-equal amounts".formatted(keys.size()), Map.of("rings", keys))));
        writer.flags(ringFlags);
        counts.put(FraudFindings.CIRCULAR_TRADING, (long) ringFlags.size());
        out.printf("Fraud run %s as of %s: %,d rings over %,d firms in %.1f s; %s.%n", runId, date, rings.size(), ringsOf.size(),
                (System.nanoTime() - t0) / 1e9, RingSearchReport.of(search, RingFinder.Settings.DEFAULTS));

        var reader = new FirmSalesReader(neo4j, months, SALES_MONTHS);
        var findings = new FraudFindings(new ImplausibleGoods(GoodsPlausibility.bundled(), reader.peers(GoodsPlausibility.bundled())),
                new SalesSurge(), new Reversals(), new Benford(), date);
        long firms = 0;
        String after = "";
        for (var batch = reader.next(after, batchSize); !batch.isEmpty(); batch = reader.next(after, batchSize)) {
            var flags = batch.stream().flatMap(f -> findings.of(f, ringBuyers).stream()).toList();
            flags.forEach(f -> counts.merge(f.pattern(), 1L, Long::sum));
            writer.flags(flags);
            firms += batch.size();
            after = batch.getLast().uscc();
        }
        out.printf("Rings and per-firm patterns: %.1f s.%n", (System.nanoTime() - t0) / 1e9);
        long t1 = System.nanoTime();
        relatedPartyTrade(months, writer, counts);
        out.printf("Related-party trade: %,d firms flagged in %.1f s.%n", counts.getOrDefault(RelatedPartyFlag.PATTERN, 0L),
                (System.nanoTime() - t1) / 1e9);
        long clusters = new ShellClusterStep(neo4j, out, date, batchSize).run(writer, counts);
        writer.sweep();
        return new Summary(runId, date, firms, rings.size(), clusters, counts, search.truncatedFirms(), (System.nanoTime() - t0) / 1e9);
    }

    private void relatedPartyTrade(Months months, FlagWriter writer, Map<String, Long> counts) {
        var reader = new RelatedPartyReader(neo4j, months);
        var rule = new RelatedPartyTrade();
        String after = "";
        for (var batch = reader.next(after, batchSize); !batch.isEmpty(); batch = reader.next(after, batchSize)) {
            var flags = new ArrayList<FlagWriter.Flag>();
            for (var firm : batch) {
                rule.assess(firm).ifPresent(f -> flags.add(RelatedPartyFlag.of(firm, f, rule.severity(f))));
            }
            flags.forEach(f -> counts.merge(f.pattern(), 1L, Long::sum));
            writer.flags(flags);
            after = batch.getLast().uscc();
        }
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
            var newest = s.run("MATCH ()-[r:SUPPLIES]->() RETURN max(r.lastOn) AS d").single().get("d");
            return newest.isNull() ? LocalDate.now() : newest.asLocalDate();
        }
    }
}
