package dev.anchorgraph.loader.fraud;

import dev.anchorgraph.loader.Neo4jConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.collections.impl.list.mutable.primitive.DoubleArrayList;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.eclipse.collections.impl.map.mutable.primitive.ObjectIntHashMap;
import org.jgrapht.Graph;
import org.jgrapht.graph.SimpleDirectedGraph;

/**
 * Reads the {@code SUPPLIES} pairs that traded in the ring window into a graph a {@link RingFinder} can search,
 * keeping only what can lie on a cycle. Sellers are read in batches of {@code batchSize}, each pair held as four
 * primitives (about 40 bytes: a million firms with five million pairs fit in a few hundred MB), then trimmed: a firm
 * that only sells or only buys (in the remaining graph) is on no cycle, so it and its pairs are dropped until none is
 * left. Ordinary supply chains run one way, so trimming leaves little; only that is built as a JGraphT graph.
 */
final class TradeLegReader {

    private static final String READ = """
            MATCH (c:Company) WHERE c.uscc > $after
            WITH c ORDER BY c.uscc LIMIT $n
            OPTIONAL MATCH (c)-[s:SUPPLIES]->(b:Company) WHERE s.lastOn >= $from AND b <> c
            RETURN c.uscc AS seller, b.uscc AS buyer, s.months AS months, s.monthlyAmounts AS amounts
            ORDER BY seller
            """;

    private final Neo4jConnection neo4j;
    private final int batchSize;
    private final ObjectIntHashMap<String> ids = new ObjectIntHashMap<>();
    private final List<String> usccs = new ArrayList<>();
    private final IntArrayList from = new IntArrayList();
    private final IntArrayList to = new IntArrayList();
    private final DoubleArrayList amounts = new DoubleArrayList();
    private final IntArrayList masks = new IntArrayList();

    TradeLegReader(Neo4jConnection neo4j, int batchSize) {
        this.neo4j = neo4j;
        this.batchSize = batchSize;
    }

    /** @param window months of the window ending with the as-of month, at most 31 (one bit each) */
    Graph<String, RingFinder.Leg> read(Months months, int window) {
        var since = months.asOf().withDayOfMonth(1).minusMonths(window - 1L);
        String after = "";
        while (true) {
            String last = null;
            try (var s = neo4j.driver().session(neo4j.session())) {
                var result = s.run(READ, Map.of("after", after, "n", batchSize, "from", since));
                while (result.hasNext()) {
                    var r = result.next();
                    last = r.get("seller").asString();
                    if (!r.get("buyer").isNull()) {
                        add(last, r.get("buyer").asString(), months.series(r.get("months").asList(v -> v.asString()),
                                r.get("amounts").asList(v -> v.asDouble()), window));
                    }
                }
            }
            if (last == null) {
                return trimmed();
            }
            after = last;
        }
    }

    private void add(String seller, String buyer, double[] series) {
        int mask = 0;
        double amount = 0;
        for (int i = 0; i < series.length; i++) {
            if (series[i] > 0) {
                mask |= 1 << i;
                amount += series[i];
            }
        }
        if (mask != 0) {
            from.add(id(seller));
            to.add(id(buyer));
            amounts.add(amount);
            masks.add(mask);
        }
    }

    private int id(String uscc) {
        return ids.getIfAbsentPut(uscc, () -> {
            usccs.add(uscc);
            return usccs.size() - 1;
        });
    }

    private Graph<String, RingFinder.Leg> trimmed() {
        var live = new Trim(usccs.size(), from.toArray(), to.toArray()).liveEdges();
        var graph = new SimpleDirectedGraph<String, RingFinder.Leg>(null, null, false);
        for (int e = 0; e < live.length; e++) {
            if (live[e]) {
                var seller = usccs.get(from.get(e));
                var buyer = usccs.get(to.get(e));
                graph.addVertex(seller);
                graph.addVertex(buyer);
                graph.addEdge(seller, buyer, new RingFinder.Leg(amounts.get(e), masks.get(e)));
            }
        }
        return graph;
    }
}
