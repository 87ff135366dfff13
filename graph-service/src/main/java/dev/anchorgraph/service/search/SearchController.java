package dev.anchorgraph.service.search;

import dev.anchorgraph.service.problem.ApiProblem;
import dev.anchorgraph.uscc.Uscc;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.neo4j.driver.Record;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
class SearchController {

    private static final String BY_NAME = """
            CALL db.index.fulltext.queryNodes('company_name', $query, {limit: $limit}) YIELD node, score
            RETURN node.uscc AS uscc, node.name AS name, node.riskScore AS riskScore, node.riskTier AS tier,
                   score AS relevance
            ORDER BY relevance DESC, uscc
            """;

    private static final String BY_USCC = """
            MATCH (c:Company {uscc: $uscc})
            RETURN c.uscc AS uscc, c.name AS name, c.riskScore AS riskScore, c.riskTier AS tier, 1.0 AS relevance
            """;

    private final ReactiveNeo4jClient neo4j;

    SearchController(ReactiveNeo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    @Operation(
            summary = "Find firms by name (or USCC)",
            description = "A well-formed USCC is looked up directly. Otherwise the name is normalised (full-width "
                    + "to half-width, brackets and punctuation as separators, company-form suffixes such as 有限公司 "
                    + "dropped) and searched in the company_name full-text index; the query text is never read as "
                    + "Lucene syntax. q: 1-100 characters; limit: 1-50, default 10. Score and tier appear for "
                    + "scored firms.")
    @GetMapping("/api/v1/companies")
    Mono<SearchResult> search(
            @RequestParam @NotBlank @Size(max = 100) String q,
            @RequestParam(defaultValue = "10") @Min(1) @Max(50) int limit) {
        var code = Uscc.tryParse(q);
        if (code.isPresent()) {
            return neo4j.query(BY_USCC)
                    .bind(code.get().value())
                    .to("uscc")
                    .fetchAs(SearchHit.class)
                    .mappedBy((t, r) -> hit(r))
                    .all()
                    .collectList()
                    .map(hits -> new SearchResult(code.get().value(), hits));
        }
        var words = NameQuery.normalise(q);
        if (words.isEmpty()) {
            throw ApiProblem.invalid(
                    "q",
                    "has nothing to search for once punctuation and company-form words "
                            + "such as 有限公司 are set aside");
        }
        return neo4j.query(BY_NAME)
                .bindAll(Map.of("query", NameQuery.lucene(words), "limit", limit))
                .fetchAs(SearchHit.class)
                .mappedBy((t, r) -> hit(r))
                .all()
                .collectList()
                .map(hits -> new SearchResult(words, hits));
    }

    private static SearchHit hit(Record r) {
        return new SearchHit(
                r.get("uscc").asString(),
                r.get("name").asString(null),
                r.get("riskScore").isNull() ? null : r.get("riskScore").asInt(),
                r.get("tier").asString(null),
                r.get("relevance").asDouble());
    }
}
