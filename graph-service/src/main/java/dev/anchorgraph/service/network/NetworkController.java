package dev.anchorgraph.service.network;

import dev.anchorgraph.service.problem.ApiProblem;
import dev.anchorgraph.service.problem.ProblemType;
import dev.anchorgraph.uscc.Uscc;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
class NetworkController {

    /** Relationships kept per node and expansion at depth 1, and at depth 2 (where there are many more nodes). */
    static final int DEPTH1_CAP = 20;

    static final int DEPTH2_CAP = 5;

    private final NetworkQueries queries;

    NetworkController(NetworkQueries queries) {
        this.queries = queries;
    }

    @Operation(summary = "The network around a firm", description = """
                    Depth 1: the firm's shareholders and holdings (HOLDS_SHARES, largest stake first), officers \
                    (OFFICER_OF, legal representative first), main trade partners (SUPPLIES either way, largest \
                    amount first, `partners` of them: 1-50, default 20) and court cases (PARTY_TO, newest first); \
                    each expansion keeps at most 20 relationships. Depth 2 expands only the nodes depth 1 kept: \
                    firms as above, people to their other positions and cases, cases to their parties, at most 5 \
                    relationships per node and expansion (partners: the lesser of 5 and `partners`). \
                    `truncated` gives, per expansion, how many relationships the caps left out. People appear \
                    by pseudonymous id and name only.""")
    @GetMapping("/api/v1/companies/{uscc}/network")
    Mono<Network> network(
            @PathVariable String uscc,
            @RequestParam(defaultValue = "1") @Min(1) @Max(2) int depth,
            @RequestParam(defaultValue = "20") @Min(1) @Max(50) int partners) {
        var code = Uscc.parse(uscc).value();
        return queries.root(code)
                .switchIfEmpty(Mono.error(() -> new ApiProblem(
                        ProblemType.COMPANY_NOT_FOUND, "No company with USCC " + code + " in the graph.")))
                .flatMap(root -> queries.expand(
                                new NetworkQueries.Frontier(List.of(code), List.of(), List.of()), DEPTH1_CAP, partners)
                        .collectList()
                        .map(rows -> new NetworkBuilder(root).depth1(rows)))
                .flatMap(builder -> depth == 1
                        ? Mono.just(builder.build())
                        : queries.expand(builder.frontier(), DEPTH2_CAP, Math.min(DEPTH2_CAP, partners))
                                .collectList()
                                .map(rows -> builder.depth2(rows).build()));
    }
}
