package dev.anchorgraph.service.fraud;

import dev.anchorgraph.contract.Severity;
import dev.anchorgraph.service.problem.ApiProblem;
import dev.anchorgraph.service.problem.ProblemType;
import dev.anchorgraph.uscc.Uscc;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
class FraudController {

    private final FraudQueries queries;

    FraudController(FraudQueries queries) {
        this.queries = queries;
    }

    @Operation(
            summary = "Fraud patterns flagged on a firm, with their evidence and its circular-trading rings",
            description = "Flags high severity first. 404 company-not-found for an unknown code.")
    @GetMapping(path = "/api/v1/companies/{uscc}/fraud", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<FraudViews.CompanyFraud> company(@PathVariable String uscc) {
        var code = Uscc.parse(uscc);
        return queries.company(code.value())
                .switchIfEmpty(Mono.error(() -> new ApiProblem(
                        ProblemType.COMPANY_NOT_FOUND, "No company with USCC " + code + " in the graph.")));
    }

    @Operation(
            summary = "Circular-trading rings",
            description = "By ring key; `uscc` keeps the rings that firm is a member of. Pages of `limit` (1-500).")
    @GetMapping(path = "/api/v1/fraud/rings", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<FraudViews.RingPage> rings(
            @RequestParam(required = false) String uscc,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit,
            @RequestParam(required = false) String cursor) {
        return queries.rings(KeyCursor.decode(cursor), null, member(uscc), limit + 1)
                .collectList()
                .map(rows -> page(rows, limit, FraudViews.Ring::key, FraudViews.RingPage::new));
    }

    @Operation(
            summary = "Shell clusters",
            description = "By cluster key; `uscc` keeps the cluster that firm is a member of, `severity` (high, "
                    + "medium) those of that severity. Pages of `limit` (1-500).")
    @GetMapping(path = "/api/v1/fraud/clusters", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<FraudViews.ClusterPage> clusters(
            @RequestParam(required = false) String uscc,
            @RequestParam(required = false) String severity,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit,
            @RequestParam(required = false) String cursor) {
        return queries.clusters(KeyCursor.decode(cursor), null, severity(severity), member(uscc), limit + 1)
                .collectList()
                .map(rows -> page(rows, limit, FraudViews.Cluster::key, FraudViews.ClusterPage::new));
    }

    @Operation(
            summary = "Firms flagged with a fraud pattern",
            description = "By flag key (USCC, then pattern); filter by `pattern` (e.g. circular_trading, "
                    + "implausible_goods) and `severity` (high, medium). Pages of `limit` (1-500).")
    @GetMapping(path = "/api/v1/fraud/flags", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<FraudViews.FlagPage> flags(
            @RequestParam(required = false) String pattern,
            @RequestParam(required = false) String severity,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit,
            @RequestParam(required = false) String cursor) {
        if (pattern != null && !pattern.matches("[a-z_]{1,40}")) {
            throw ApiProblem.invalid("pattern", "must be a pattern name such as circular_trading");
        }
        return queries.flags(KeyCursor.decode(cursor), pattern, severity(severity), limit + 1)
                .collectList()
                .map(rows -> page(rows, limit, FraudQueries::key, FraudViews.FlagPage::new));
    }

    /** The optional member filter: absent or blank means every firm. */
    private static String member(String uscc) {
        return uscc == null || uscc.isBlank() ? null : Uscc.parse(uscc).value();
    }

    private static String severity(String severity) {
        if (severity != null
                && Arrays.stream(Severity.values()).noneMatch(s -> s.code().equals(severity))) {
            throw ApiProblem.invalid("severity", "must be one of high, medium, low");
        }
        return severity;
    }

    private static <T, P> P page(
            List<T> rows, int limit, Function<T, String> key, BiFunction<List<T>, String, P> page) {
        var more = rows.size() > limit;
        var shown = more ? rows.subList(0, limit) : rows;
        return page.apply(shown, more ? KeyCursor.encode(key.apply(shown.getLast())) : null);
    }
}
