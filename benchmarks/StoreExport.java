import dev.anchorgraph.neo4j.EmbeddedNeo4j;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.neo4j.driver.GraphDatabase;

/**
 * Opens an embedded store (no other process may have it open) and prints the number of lines and the SHA-256 of its
 * export: every node and relationship with labels, type and properties, as sorted text, load bookkeeping left out (the
 * export the loader's integration tests compare). Two stores hold the same graph when the digests agree.
 *
 * <p>With {@code --stable}, what differs between two runs of the same code on the same data is masked: run ids
 * ({@code run-…}, {@code fraud-…}) and date-times (when a run started, an alert was raised), so the graphs of two
 * scored loads compare (benchmarks/same-graph.sh).
 *
 *   java -cp graph-loader/target/graph-loader.jar benchmarks/StoreExport.java [--stable] STORE_DIR
 */
public class StoreExport {

    private static final Pattern RUN_ID = Pattern.compile("(run|fraud)-\\d{4}-\\d{2}-\\d{2}T\\d+Z");

    public static void main(String[] args) throws Exception {
        boolean stable = args[0].equals("--stable");
        var store = Path.of(args[args.length - 1]);
        UnaryOperator<Object> mask = v -> !stable ? v
                : v instanceof String t ? RUN_ID.matcher(t).replaceAll("<run>")
                : v instanceof ZonedDateTime || v instanceof OffsetDateTime ? "<time>" : v;
        var lines = new ArrayList<String>();
        try (var db = new EmbeddedNeo4j(store, "127.0.0.1", 0, 1L << 30).start();
             var driver = GraphDatabase.driver(db.boltUri()); var s = driver.session()) {
            s.run("""
                    MATCH (n) WHERE NOT n:LoadProgress AND NOT n:SchemaMigration AND NOT n:LoaderSetting
                    RETURN labels(n) AS labels, properties(n) AS props
                    """).forEachRemaining(r -> lines.add(new TreeSet<>(r.get("labels").asList(Object::toString)) + " "
                    + new TreeMap<>(r.get("props").asMap(x -> mask.apply(x.asObject())))));
            s.run("""
                    MATCH (a)-[r]->(b)
                    RETURN coalesce(a.uscc, a.id, a.caseNo, a.code, a.key) AS a, type(r) AS type, properties(r) AS props,
                           coalesce(b.uscc, b.id, b.caseNo, b.code, b.key) AS b
                    """).forEachRemaining(r -> lines.add(mask.apply(r.get("a").asString()) + " -" + r.get("type").asString()
                    + new TreeMap<>(r.get("props").asMap(x -> mask.apply(x.asObject()))) + "-> "
                    + mask.apply(r.get("b").asString())));
        }
        lines.sort(null);
        if (System.getenv("EXPORT_TO") != null) { // the lines themselves, to diff two stores that disagree
            java.nio.file.Files.write(Path.of(System.getenv("EXPORT_TO")), lines, StandardCharsets.UTF_8);
        }
        var digest = MessageDigest.getInstance("SHA-256");
        for (var line : lines) {
            digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
        }
        System.out.println(store + ": " + lines.size() + " lines, SHA-256 " + HexFormat.of().formatHex(digest.digest()));
    }
}
