package dev.anchorgraph.service.path;

import dev.anchorgraph.service.problem.ApiProblem;
import dev.anchorgraph.service.problem.ProblemType;
import dev.anchorgraph.service.risk.Language;
import dev.anchorgraph.uscc.Uscc;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.ArrayList;
import java.util.List;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
class PathController {

    private final PathQueries queries;

    PathController(PathQueries queries) {
        this.queries = queries;
    }

    @Operation(summary = "How two firms are connected", description = """
                    Up to 5 shortest paths (at most `maxHops` relationships: 1-6, default 4) through trade \
                    (SUPPLIES, either direction), shareholdings (HOLDS_SHARES) and shared people (a person who is \
                    an officer or shareholder of both: two hops, firm-person-firm). Bounded in breadth too: the \
                    search never passes through a firm or person with more than 1,000 such relationships (an \
                    anchor trading with thousands of firms links everyone and explains nothing); the two firms \
                    asked about may be such hubs themselves. No path within the bound is an empty list. Each hop \
                    is described in words, in Chinese when Accept-Language asks for zh, else in English. 400 when from and to are the same firm, 404 when either is unknown.""")
    @GetMapping("/api/v1/paths")
    Mono<Paths> paths(
            @RequestParam String from,
            @RequestParam String to,
            @RequestParam(defaultValue = "4") @Min(1) @Max(PathQueries.MAX_HOPS) int maxHops,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        var lang = Language.of(acceptLanguage);
        var a = Uscc.parse(from).value();
        var b = Uscc.parse(to).value();
        if (a.equals(b)) {
            throw ApiProblem.invalid("to", "must be a different firm from 'from'");
        }
        return queries.endpoints(a, b).collectMap(Paths.Firm::uscc).flatMap(firms -> {
            for (var code : List.of(a, b)) {
                if (!firms.containsKey(code)) {
                    return Mono.error(new ApiProblem(
                            ProblemType.COMPANY_NOT_FOUND, "No company with USCC " + code + " in the graph."));
                }
            }
            return queries.shortest(a, b, maxHops)
                    .map(f -> connection(f.nodes(), f.rels(), lang))
                    .collectList()
                    .map(found -> new Paths(firms.get(a), firms.get(b), maxHops, found));
        });
    }

    private static Paths.Connection connection(List<Node> nodes, List<Relationship> rels, Language lang) {
        var pathNodes = nodes.stream().map(PathController::pathNode).toList();
        var hops = new ArrayList<Paths.Hop>(rels.size());
        for (int i = 0; i < rels.size(); i++) {
            var r = rels.get(i);
            var forward = r.startNodeElementId().equals(nodes.get(i).elementId());
            var start = forward ? pathNodes.get(i) : pathNodes.get(i + 1);
            var end = forward ? pathNodes.get(i + 1) : pathNodes.get(i);
            hops.add(new Paths.Hop(
                    pathNodes.get(i).id(),
                    pathNodes.get(i + 1).id(),
                    r.type(),
                    forward ? "forward" : "backward",
                    HopText.describe(r, start.label(), end.label(), lang)));
        }
        return new Paths.Connection(rels.size(), pathNodes, hops);
    }

    private static Paths.PathNode pathNode(Node n) {
        if (n.hasLabel("Organisation")) {
            // a holder without a USCC (docs/adr/0011): named with its jurisdiction, as a reader tells it apart
            var key = n.get("key").asString();
            var jurisdiction = n.get("jurisdiction").asString(null);
            var name = n.get("name").asString(key);
            return new Paths.PathNode(
                    key, "organisation", jurisdiction == null ? name : name + " (" + jurisdiction + ")", jurisdiction);
        }
        var company = n.hasLabel("Company");
        var id = company ? n.get("uscc").asString() : n.get("id").asString();
        return new Paths.PathNode(
                id, company ? "company" : "person", n.get("name").asString(id), null);
    }
}
