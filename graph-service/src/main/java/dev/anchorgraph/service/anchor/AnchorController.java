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
                   down1, down2, down3, downFirstTime, firms, firstTime, tierA, tierB, tierC, tierD, unscored
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
                    + "chain first. `tiers` counts the chain's distinct firms by risk tier (and those not scored). Not paged: a bank runs programmes with tens of anchors, not thousands.")
    @GetMapping("/api/v1/anchors")
    Flux<AnchorSummary> anchors() {
        return neo4j.query(ANCHORS).fetchAs(AnchorSummary.class).mappedBy((t, r) -> summary(r)).all();
    }

    private static AnchorSummary summary(Record r) {
        var suppliers = new AnchorSummary.Side(r.get("up1").asLong(), r.get("up2").asLong(), r.get("up3").asLong(),
                r.get("up1").asLong() + r.get("up2").asLong() + r.get("up3").asLong(), r.get("upFirstTime").asLong());
        var distributors = new AnchorSummary.Side(r.get("down1").asLong(), r.get("down2").asLong(),
                r.get("down3").asLong(), r.get("down1").asLong() + r.get("down2").asLong() + r.get("down3").asLong(),
                r.get("downFirstTime").asLong());
        return new AnchorSummary(r.get("uscc").asString(), r.get("name").asString(null),
                r.get("program").asString(null), r.get("inferred").asBoolean(), suppliers, distributors,
                r.get("firms").asLong(), r.get("firstTime").asLong(), tiers(r));
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
