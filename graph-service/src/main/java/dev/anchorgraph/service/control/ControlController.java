package dev.anchorgraph.service.control;

import dev.anchorgraph.control.ActualController;
import dev.anchorgraph.control.BeneficialOwners;
import dev.anchorgraph.control.EquityPenetration;
import dev.anchorgraph.control.OwnershipGraph.Party;
import dev.anchorgraph.service.problem.ApiProblem;
import dev.anchorgraph.service.problem.ProblemType;
import dev.anchorgraph.uscc.Uscc;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/v1/companies/{uscc}/control}: equity penetration, actual controller and beneficial owners of one
 * firm, computed on request with the score step's code (graph-common's {@code control} package), so the answer is
 * the stored one's reasoning, shown.
 */
@RestController
class ControlController {

    /** Paths shown per holder; the rest are counted. */
    static final int PATHS = 20;

    private final ControlQueries queries;
    private final int maxHoldings;

    ControlController(ControlQueries queries, @Value("${anchorgraph.control.max-holdings:50000}") int maxHoldings) {
        this.queries = queries;
        this.maxHoldings = maxHoldings;
    }

    @Operation(
            summary = "Who owns and controls a firm: equity penetration, actual controller, beneficial owners",
            description = "Every holder above the firm with its cumulative stake (the product of the stakes along a "
                    + "chain, summed over chains; chains cut at a repeated holder, at most 10 holdings deep) and the "
                    + "chains behind it; the actual controller (majority, control chain, or relative: ≥ 30 % and 10 "
                    + "points ahead), or why there is none (tie, no_controller, unknown_stakes, no_holders); the "
                    + "beneficial owners by the PBoC 2018 order (people with ≥ 25 %, else the person who controls, "
                    + "else the senior manager); the group the last score run put it in. An unknown stake is shown "
                    + "as unknown, never as zero. Rules: docs/adr/0014-ownership-and-control.md. 404 "
                    + "company-not-found for an unknown code.")
    @GetMapping("/api/v1/companies/{uscc}/control")
    Mono<ControlView> control(@PathVariable String uscc) {
        var code = Uscc.parse(uscc).value();
        return queries.firm(code)
                .switchIfEmpty(Mono.error(() -> new ApiProblem(
                        ProblemType.COMPANY_NOT_FOUND, "No company with USCC " + code + " in the graph.")))
                .zipWith(queries.holdings(code, maxHoldings))
                .map(t -> view(code, t.getT1(), t.getT2()));
    }

    private static ControlView view(String uscc, ControlQueries.Firm firm, ControlQueries.Holdings holdings) {
        var controllers = new ActualController(holdings.graph());
        var control = controllers.of(uscc);
        var owners = new BeneficialOwners(controllers, firm.officers()).of(uscc);
        var penetration = control.penetration();
        return new ControlView(
                uscc,
                firm.name(),
                control.status().code(),
                control.basis() == null ? null : control.basis().code(),
                party(control.controller()),
                control.stake(),
                control.chain().stream().map(ControlController::party).toList(),
                penetration.stakes().stream().map(ControlController::holder).toList(),
                penetration.truncated() || !holdings.complete(),
                new ControlView.BeneficialOwnersView(
                        owners.basis().code(),
                        owners.owners().stream()
                                .map(o -> new ControlView.Owner(party(o.person()), o.stake(), o.role()))
                                .toList(),
                        owners.incomplete() || !holdings.complete()),
                firm.groupId(),
                firm.groupSize(),
                holdings.count(),
                !holdings.complete());
    }

    private static ControlView.Holder holder(EquityPenetration.Stake s) {
        var shown = s.paths().stream()
                .limit(PATHS)
                .map(p -> new ControlView.PathView(
                        p.parties().stream().map(ControlController::party).toList(), p.stakes(), p.product()))
                .toList();
        return new ControlView.Holder(
                party(s.party()),
                s.known(),
                s.unknown(),
                s.top(),
                s.hops(),
                shown,
                s.paths().size() - shown.size());
    }

    private static ControlView.PartyView party(Party p) {
        return p == null ? null : new ControlView.PartyView(p.kind().code(), p.key(), p.name());
    }
}
