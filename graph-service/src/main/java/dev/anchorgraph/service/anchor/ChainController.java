package dev.anchorgraph.service.anchor;

import dev.anchorgraph.service.problem.ApiProblem;
import dev.anchorgraph.service.problem.ProblemType;
import dev.anchorgraph.uscc.Uscc;
import io.swagger.v3.oas.annotations.Operation;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
class ChainController {

    // At most one CHAIN_TO per anchor and direction, and anchors are few: the list is short by construction.
    private static final String CHAINS = """
            MATCH (c:Company {uscc: $uscc})
            CALL (c) {
              OPTIONAL MATCH (c)-[r:CHAIN_TO]->(a:Anchor)
              WITH a, r ORDER BY r.strength DESC, r.hops, a.uscc, r.direction DESC
              CALL (r) {
                UNWIND CASE WHEN r IS NULL THEN [] ELSE range(0, size(r.path) - 1) END AS i
                OPTIONAL MATCH (x:Company {uscc: r.path[i]})
                WITH r, i, x ORDER BY i
                RETURN collect({uscc: r.path[i], name: x.name, share: r.shares[i]}) AS links
              }
              RETURN collect(CASE WHEN r IS NULL THEN null ELSE {anchor: {uscc: a.uscc, name: a.name},
                     direction: r.direction, hops: r.hops, strength: r.strength, links: links} END) AS chains
            }
            RETURN c.uscc AS uscc, c.name AS name, chains
            """;

    private final ReactiveNeo4jClient neo4j;

    ChainController(ReactiveNeo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    @Operation(
            summary = "A firm's chains to the anchors, hop by hop",
            description = "The chains the score step mapped (CHAIN_TO, at most 3 trade hops), one per anchor and "
                    + "direction, strongest first: each link with its share (upstream: of the firm's 12-month sales "
                    + "going to the next link; downstream: of its purchases coming from it). An empty list when no "
                    + "anchor is within 3 hops or the score step has not run; 404 company-not-found for an unknown "
                    + "code.")
    @GetMapping("/api/v1/companies/{uscc}/chains")
    Mono<FirmChains> chains(@PathVariable String uscc) {
        var code = Uscc.parse(uscc).value();
        return neo4j.query(CHAINS)
                .bind(code)
                .to("uscc")
                .fetchAs(FirmChains.class)
                .mappedBy((t, r) -> firmChains(r))
                .one()
                .switchIfEmpty(Mono.error(() -> new ApiProblem(
                        ProblemType.COMPANY_NOT_FOUND, "No company with USCC " + code + " in the graph.")));
    }

    private static FirmChains firmChains(Record r) {
        var chains = r.get("chains")
                .asList(c -> new FirmChains.Chain(
                        new FirmChains.Ref(
                                c.get("anchor").get("uscc").asString(),
                                c.get("anchor").get("name").asString(null)),
                        c.get("direction").asString(),
                        c.get("hops").asInt(),
                        c.get("strength").asDouble(),
                        c.get("links").asList(ChainController::link)));
        return new FirmChains(r.get("uscc").asString(), r.get("name").asString(null), chains);
    }

    private static FirmChains.Link link(Value v) {
        return new FirmChains.Link(
                v.get("uscc").asString(),
                v.get("name").asString(null),
                v.get("share").isNull() ? null : v.get("share").asDouble());
    }
}
