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

    /**
     * The firm's name first; then firms whose legal representative's name matches, and firms whose address
     * matches, each weighed below a name match of the same full-text score and said in {@code matchedOn} and
     * {@code via}. A firm found several ways is listed once, by its best way.
     */
    private static final String BY_TEXT = """
            CALL () {
              CALL db.index.fulltext.queryNodes('company_name', $query, {limit: $limit}) YIELD node, score
              RETURN node AS c, score, 'name' AS matchedOn, null AS via
              UNION ALL
              CALL db.index.fulltext.queryNodes('person_name', $query, {limit: $limit}) YIELD node, score
              MATCH (node)-[:OFFICER_OF {role: 'legal_representative'}]->(c:Company)
              RETURN c, score * 0.8 AS score, 'legalRepresentative' AS matchedOn, node.name AS via
              UNION ALL
              CALL db.index.fulltext.queryNodes('company_address', $query, {limit: $limit}) YIELD node, score
              RETURN node AS c, score * 0.5 AS score, 'address' AS matchedOn, node.address AS via
            }
            WITH c, score, matchedOn, via ORDER BY score DESC, matchedOn
            WITH c, collect({score: score, matchedOn: matchedOn, via: via})[0] AS best
            RETURN c.uscc AS uscc, c.name AS name, c.riskScore AS riskScore, c.riskTier AS tier,
                   best.score AS relevance, best.matchedOn AS matchedOn, best.via AS via
            ORDER BY relevance DESC, uscc
            LIMIT $limit
            """;

    /** The beginning of a USCC (at least 6 characters): the unique index on uscc answers STARTS WITH. */
    private static final String BY_USCC_PREFIX = """
            MATCH (c:Company) WHERE c.uscc STARTS WITH $prefix
            RETURN c.uscc AS uscc, c.name AS name, c.riskScore AS riskScore, c.riskTier AS tier, 1.0 AS relevance,
                   'usccPrefix' AS matchedOn, null AS via
            ORDER BY uscc
            LIMIT $limit
            """;

    private static final String BY_USCC = """
            MATCH (c:Company {uscc: $uscc})
            RETURN c.uscc AS uscc, c.name AS name, c.riskScore AS riskScore, c.riskTier AS tier, 1.0 AS relevance,
                   'uscc' AS matchedOn, null AS via
            """;

    private final ReactiveNeo4jClient neo4j;

    SearchController(ReactiveNeo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    @Operation(
            summary = "Find firms by name, legal representative, address or USCC",
            description = "A well-formed USCC is looked up directly; 6 to 17 characters of one (letters and digits, "
                    + "at least 4 digits) find the firms whose USCC begins so. Otherwise the text is normalised (full-width "
                    + "to half-width, brackets and punctuation as separators, company-form suffixes such as 有限公司 "
                    + "dropped) and searched in the company_name full-text index; the query text is never read as "
                    + "Lucene syntax; it is searched in firms' names, their legal representatives' names and their "
                    + "addresses (matchedOn: name, legalRepresentative, address, uscc or usccPrefix; via: the name or "
                    + "address matched). q: 1-100 characters; limit: 1-50, default 10. Score and tier appear for "
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
        var prefix = UsccPrefix.of(q);
        if (prefix.isPresent()) {
            return neo4j.query(BY_USCC_PREFIX)
                    .bindAll(Map.of("prefix", prefix.get(), "limit", limit))
                    .fetchAs(SearchHit.class)
                    .mappedBy((t, r) -> hit(r))
                    .all()
                    .collectList()
                    .map(hits -> new SearchResult(prefix.get(), hits));
        }
        var words = NameQuery.normalise(q);
        if (words.isEmpty()) {
            throw ApiProblem.invalid(
                    "q",
                    "has nothing to search for once punctuation and company-form words "
                            + "such as 有限公司 are set aside");
        }
        return neo4j.query(BY_TEXT)
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
                r.get("relevance").asDouble(),
                r.get("matchedOn").asString(),
                r.get("via").asString(null));
    }
}
