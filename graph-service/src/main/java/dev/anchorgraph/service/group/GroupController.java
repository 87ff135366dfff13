package dev.anchorgraph.service.group;

import dev.anchorgraph.service.problem.ApiProblem;
import dev.anchorgraph.service.problem.ProblemType;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code GET /api/v1/groups/{id}}: a group's members and what the bank has lent to them, one read. */
@RestController
class GroupController {

    private final ReactiveNeo4jClient neo4j;

    GroupController(ReactiveNeo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    @Operation(
            summary = "A group of firms under one actual controller, with the bank's exposure to it",
            description = "The members the last score run's ownership pass put in the group (docs/ownership.md): "
                    + "controller, members per tier, members with a knock-out, the sum of the members' outstanding "
                    + "loans (borrowers.csv, CNY), and the members with tier, score, PD, lender and outstanding, "
                    + "largest outstanding first (at most `limit`, 1-5000, default 500; `membersLeftOut` counts the "
                    + "rest). The id is a firm's groupId (the memo and GET /api/v1/companies/{uscc}/memo give it). "
                    + "400 invalid-request for a malformed id, 404 group-not-found for an id no firm has.")
    @GetMapping("/api/v1/groups/{id}")
    Mono<GroupView> group(@PathVariable String id, @RequestParam(defaultValue = "500") @Min(1) @Max(5000) int limit) {
        if (!id.matches("G[0-9a-f]{16}")) {
            throw ApiProblem.invalid("id", "must be a group id: G and 16 hexadecimal digits, as a firm's groupId");
        }
        return neo4j.query(GroupQuery.CYPHER)
                .bind(id)
                .to("id")
                .fetchAs(GroupView.class)
                .mappedBy((types, r) -> GroupQuery.group(id, r, limit))
                .one()
                .switchIfEmpty(Mono.error(() -> new ApiProblem(
                        ProblemType.GROUP_NOT_FOUND, "No group " + id + ": no firm has this groupId in the graph.")));
    }
}
