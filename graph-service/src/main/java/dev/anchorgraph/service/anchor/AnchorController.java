package dev.anchorgraph.service.anchor;

import dev.anchorgraph.neo4j.NamedCypher;
import io.swagger.v3.oas.annotations.Operation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

@RestController
class AnchorController {

    // Shared with the Browser guide and graph-loader's cypher command, so it lives in cypher/queries/anchors.cypher.
    private static final String ANCHORS = NamedCypher.statement("anchors");

    private final ReactiveNeo4jClient neo4j;

    AnchorController(ReactiveNeo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    @Operation(
            summary = "Anchors and the size of their supply chains",
            description =
                    "Every :Anchor (named by the bank, or inferred by the score step: inferred=true), with "
                            + "the firms the score step mapped into its chain (CHAIN_TO, at most 3 hops): suppliers and "
                            + "distributors by hops, and how many do not borrow yet (first-time, not :Borrower). Largest "
                            + "chain first. Every direct trade partner of the anchor is in its chain (tier 1); deeper levels "
                            + "are bounded and `bounds` on each side counts what they left out. `tiers` counts the chain's distinct firms by risk tier (and those not scored). Not paged: a bank runs programmes with tens of anchors, not thousands.")
    @GetMapping("/api/v1/anchors")
    Flux<AnchorSummary> anchors() {
        return neo4j.query(ANCHORS)
                .fetchAs(AnchorSummary.class)
                .mappedBy((t, r) -> summary(r))
                .all();
    }

    private static AnchorSummary summary(Record r) {
        var suppliers = side(r, "up");
        var distributors = side(r, "down");
        return new AnchorSummary(
                r.get("uscc").asString(),
                r.get("name").asString(null),
                r.get("program").asString(null),
                r.get("inferred").asBoolean(),
                suppliers,
                distributors,
                r.get("firms").asLong(),
                r.get("firstTime").asLong(),
                tiers(r));
    }

    private static AnchorSummary.Side side(Record r, String prefix) {
        long t1 = r.get(prefix + "1").asLong();
        long t2 = r.get(prefix + "2").asLong();
        long t3 = r.get(prefix + "3").asLong();
        // null before the first score run that counted them: unknown, not zero
        var bounds = r.get("breadth").isNull()
                ? null
                : new AnchorSummary.Bounds(
                        r.get("breadth").asInt(),
                        r.get("maxFirms").asInt(),
                        r.get(prefix + "Links").asLong(0),
                        r.get(prefix + "LeftOut").asLong(0));
        return new AnchorSummary.Side(
                t1, t2, t3, t1 + t2 + t3, r.get(prefix + "FirstTime").asLong(), bounds);
    }

    /**
     * A, B, C, D, insufficientData (scored without enough trade evidence for a tier), unscored: in that order, every
     * key present, so a chart needs no gaps filled.
     */
    private static Map<String, Long> tiers(Record r) {
        var tiers = new LinkedHashMap<String, Long>();
        for (var tier : List.of("A", "B", "C", "D")) {
            tiers.put(tier, r.get("tier" + tier).asLong());
        }
        tiers.put("insufficientData", r.get("insufficientData").asLong());
        tiers.put("unscored", r.get("unscored").asLong());
        return tiers;
    }
}
