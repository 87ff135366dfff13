package dev.anchorgraph.service.anchor;

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

    private static final String ANCHORS = """
            MATCH (a:Anchor)
            CALL (a) {
              OPTIONAL MATCH (c:Company)-[r:CHAIN_TO]->(a)
              WITH c, r, NOT c:Borrower AS firstTime
              RETURN count(CASE WHEN r.direction = 'upstream' AND r.hops = 1 THEN 1 END) AS up1,
                     count(CASE WHEN r.direction = 'upstream' AND r.hops = 2 THEN 1 END) AS up2,
                     count(CASE WHEN r.direction = 'upstream' AND r.hops = 3 THEN 1 END) AS up3,
                     count(CASE WHEN r.direction = 'upstream' AND firstTime THEN 1 END) AS upFirstTime,
                     count(CASE WHEN r.direction = 'downstream' AND r.hops = 1 THEN 1 END) AS down1,
                     count(CASE WHEN r.direction = 'downstream' AND r.hops = 2 THEN 1 END) AS down2,
                     count(CASE WHEN r.direction = 'downstream' AND r.hops = 3 THEN 1 END) AS down3,
                     count(CASE WHEN r.direction = 'downstream' AND firstTime THEN 1 END) AS downFirstTime,
                     count(DISTINCT c) AS firms,
                     count(DISTINCT CASE WHEN firstTime THEN c END) AS firstTime,
                     count(DISTINCT CASE WHEN c.riskTier = 'A' THEN c END) AS tierA,
                     count(DISTINCT CASE WHEN c.riskTier = 'B' THEN c END) AS tierB,
                     count(DISTINCT CASE WHEN c.riskTier = 'C' THEN c END) AS tierC,
                     count(DISTINCT CASE WHEN c.riskTier = 'D' THEN c END) AS tierD,
                     count(DISTINCT CASE WHEN c IS NOT NULL AND c.riskTier IS NULL THEN c END) AS unscored
            }
            RETURN a.uscc AS uscc, a.name AS name, a.program AS program,
                   coalesce(a.anchorInferred, false) AS inferred, up1, up2, up3, upFirstTime,
                   down1, down2, down3, downFirstTime, firms, firstTime, tierA, tierB, tierC, tierD, unscored,
                   a.chainBreadth AS breadth, a.chainMaxFirms AS maxFirms,
                   a.upstreamLinksNotFollowed AS upLinks, a.upstreamFirmsLeftOut AS upLeftOut,
                   a.downstreamLinksNotFollowed AS downLinks, a.downstreamFirmsLeftOut AS downLeftOut
            ORDER BY firms DESC, uscc
            """;

    private final ReactiveNeo4jClient neo4j;

    AnchorController(ReactiveNeo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    @Operation(summary = "Anchors and the size of their supply chains",
            description = "Every :Anchor (named by the bank, or inferred by the score step: inferred=true), with "
                    + "the firms the score step mapped into its chain (CHAIN_TO, at most 3 hops): suppliers and "
                    + "distributors by hops, and how many do not borrow yet (first-time, not :Borrower). Largest "
                    + "chain first. Every direct trade partner of the anchor is in its chain (tier 1); deeper levels "
                    + "are bounded and `bounds` on each side counts what they left out. `tiers` counts the chain's distinct firms by risk tier (and those not scored). Not paged: a bank runs programmes with tens of anchors, not thousands.")
    @GetMapping("/api/v1/anchors")
    Flux<AnchorSummary> anchors() {
        return neo4j.query(ANCHORS).fetchAs(AnchorSummary.class).mappedBy((t, r) -> summary(r)).all();
    }

    private static AnchorSummary summary(Record r) {
        var suppliers = side(r, "up");
        var distributors = side(r, "down");
        return new AnchorSummary(r.get("uscc").asString(), r.get("name").asString(null),
                r.get("program").asString(null), r.get("inferred").asBoolean(), suppliers, distributors,
                r.get("firms").asLong(), r.get("firstTime").asLong(), tiers(r));
    }

    private static AnchorSummary.Side side(Record r, String prefix) {
        long t1 = r.get(prefix + "1").asLong();
        long t2 = r.get(prefix + "2").asLong();
        long t3 = r.get(prefix + "3").asLong();
        // null before the first score run that counted them: unknown, not zero
        var bounds = r.get("breadth").isNull() ? null : new AnchorSummary.Bounds(r.get("breadth").asInt(),
                r.get("maxFirms").asInt(), r.get(prefix + "Links").asLong(0), r.get(prefix + "LeftOut").asLong(0));
        return new AnchorSummary.Side(t1, t2, t3, t1 + t2 + t3, r.get(prefix + "FirstTime").asLong(), bounds);
    }

    /** A, B, C, D, unscored: in that order, every key present, so a chart needs no gaps filled. */
    private static Map<String, Long> tiers(Record r) {
        var tiers = new LinkedHashMap<String, Long>();
        for (var tier : List.of("A", "B", "C", "D")) {
            tiers.put(tier, r.get("tier" + tier).asLong());
        }
        tiers.put("unscored", r.get("unscored").asLong());
        return tiers;
    }
}
