package dev.anchorgraph.service.memo;

import dev.anchorgraph.service.problem.ApiProblem;
import dev.anchorgraph.service.problem.ProblemType;
import dev.anchorgraph.uscc.Uscc;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code GET /api/v1/companies/{uscc}/memo}: one read, one round trip to Neo4j. */
@RestController
class MemoController {

    /** At most this many cases, newest first ({@code casesTotal} counts them all). */
    static final int CASES = 50;

    /** At most this many large buyers. */
    static final int BUYERS = 10;

    private final ReactiveNeo4jClient neo4j;

    MemoController(ReactiveNeo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    @Operation(
            summary = "What a credit committee memo needs beyond the other company routes",
            description = "Borrower status and lender (borrowers.csv), the court cases the firm is a party to with "
                    + "dates, cause, amount, status and its role (newest filed first, at most 50; `casesTotal` counts "
                    + "them all), its sales over the 12 months ending with its risk as-of month (its latest invoice "
                    + "when unscored) with the trade with each anchor it trades with directly and the sales to its "
                    + "large buyers (at most 10, with the months of 12 they were invoiced in), and its score history: "
                    + "the last 12 score runs' status, tier, score and PD, newest first (tier, score and PD null for "
                    + "insufficient data). The registry facts, risk answer, chains and fraud findings are on their own "
                    + "routes. 404 company-not-found for an unknown code.")
    @GetMapping("/api/v1/companies/{uscc}/memo")
    Mono<CommitteeMemo> memo(@PathVariable String uscc) {
        var code = Uscc.parse(uscc).value();
        return neo4j.query(MemoQuery.CYPHER)
                .bind(code)
                .to("uscc")
                .bind(CASES)
                .to("cases")
                .bind(BUYERS)
                .to("buyers")
                .fetchAs(CommitteeMemo.class)
                .mappedBy((types, r) -> MemoQuery.memo(r))
                .one()
                .switchIfEmpty(Mono.error(() -> new ApiProblem(
                        ProblemType.COMPANY_NOT_FOUND, "No company with USCC " + code + " in the graph.")));
    }
}
