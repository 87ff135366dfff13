package dev.anchorgraph.service.watchlist;

import dev.anchorgraph.service.problem.ApiProblem;
import dev.anchorgraph.service.problem.ProblemType;
import dev.anchorgraph.uscc.Uscc;
import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The list of firms a user keeps (docs/monitoring.md, Watchlists): prospects they are working on, borrowers of
 * another desk. Each user has their own, keyed by the name they authenticated with; watched firms are monitored like
 * borrowers, and {@code GET /api/v1/alerts?watchlist=true} lists the alerts on them.
 */
@RestController
@RequestMapping("/api/v1/watchlist")
class WatchlistController {

    private final WatchlistQueries queries;
    private final int maxFirms;

    WatchlistController(WatchlistQueries queries, @Value("${anchorgraph.watchlist.max-firms:1000}") int maxFirms) {
        this.queries = queries;
        this.maxFirms = maxFirms;
    }

    @Operation(
            summary = "The caller's watchlist",
            description = "Every firm on the list, most recently added first, with its tier, score and status.")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<Watchlist> list(ServerWebExchange exchange) {
        return owner(exchange)
                .flatMap(owner -> queries.list(owner)
                        .collectList()
                        .map(firms -> new Watchlist(owner, firms.size(), maxFirms, firms)));
    }

    @Operation(
            summary = "Put a firm on the caller's watchlist",
            description = "Idempotent: a firm already on the list keeps the date it was added. 404 company-not-found "
                    + "for an unknown firm; 409 watchlist-full when the list holds anchorgraph.watchlist.max-firms "
                    + "firms (default 1000): remove some first.")
    @PutMapping(path = "/{uscc}", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<WatchedFirm> add(@PathVariable String uscc, ServerWebExchange exchange) {
        var code = Uscc.parse(uscc).value();
        return owner(exchange)
                .flatMap(owner -> queries.add(owner, code, maxFirms))
                .switchIfEmpty(Mono.error(() -> new ApiProblem(
                        ProblemType.COMPANY_NOT_FOUND, "No company with USCC " + code + " in the graph.")))
                .flatMap(added -> added.full()
                        ? Mono.error(new ApiProblem(
                                ProblemType.WATCHLIST_FULL,
                                "The watchlist already holds " + maxFirms
                                        + " firms, the most it may; remove some first.",
                                Map.of("limit", maxFirms)))
                        : Mono.just(added.firm()));
    }

    @Operation(
            summary = "Take a firm off the caller's watchlist",
            description = "204 whether or not it was on the list (idempotent).")
    @DeleteMapping(path = "/{uscc}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> remove(@PathVariable String uscc, ServerWebExchange exchange) {
        var code = Uscc.parse(uscc).value();
        return owner(exchange).flatMap(owner -> queries.remove(owner, code)).then();
    }

    /** The authenticated user; {@code anonymous} when the service runs without authentication (one shared list). */
    static Mono<String> owner(ServerWebExchange exchange) {
        return exchange.getPrincipal().map(Principal::getName).defaultIfEmpty("anonymous");
    }
}
