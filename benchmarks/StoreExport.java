import dev.anchorgraph.neo4j.EmbeddedNeo4j;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.TreeMap;
import java.util.TreeSet;
import org.neo4j.driver.GraphDatabase;

/**
 * Opens an embedded store (no other process may have it open) and prints the number of lines and the SHA-256 of its
 * export: every node and relationship with labels, type and properties, as sorted text, load bookkeeping left out (the
 * export the loader's integration tests compare). Two stores hold the same graph when the digests agree.
 *
 *   java -cp graph-loader/target/graph-loader.jar benchmarks/StoreExport.java STORE_DIR
 */
public class StoreExport {

    public static void main(String[] args) throws Exception {
        var lines = new ArrayList<String>();
        try (var db = new EmbeddedNeo4j(Path.of(args[0]), "127.0.0.1", 0, 1L << 30).start();
             var driver = GraphDatabase.driver(db.boltUri()); var s = driver.session()) {
            s.run("""
                    MATCH (n) WHERE NOT n:LoadProgress AND NOT n:SchemaMigration AND NOT n:LoaderSetting
                    RETURN labels(n) AS labels, properties(n) AS props
                    """).forEachRemaining(r -> lines.add(new TreeSet<>(r.get("labels").asList(Object::toString)) + " "
                    + new TreeMap<>(r.get("props").asMap())));
            s.run("""
                    MATCH (a)-[r]->(b)
                    RETURN coalesce(a.uscc, a.id, a.caseNo, a.code, a.key) AS a, type(r) AS type, properties(r) AS props,
                           coalesce(b.uscc, b.id, b.caseNo, b.code, b.key) AS b
                    """).forEachRemaining(r -> lines.add(r.get("a").asString() + " -" + r.get("type").asString()
                    + new TreeMap<>(r.get("props").asMap()) + "-> " + r.get("b").asString()));
        }
        lines.sort(null);
        var digest = MessageDigest.getInstance("SHA-256");
        for (var line : lines) {
            digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
        }
        System.out.println(args[0] + ": " + lines.size() + " lines, SHA-256 " + HexFormat.of().formatHex(digest.digest()));
    }
}
