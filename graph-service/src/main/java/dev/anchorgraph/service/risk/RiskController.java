package dev.anchorgraph.service.risk;

import dev.anchorgraph.service.audit.AuditTrail;
import dev.anchorgraph.service.problem.ApiProblem;
import dev.anchorgraph.service.problem.ProblemType;
import dev.anchorgraph.uscc.Uscc;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
class RiskController {

    static final int BATCH_LIMIT = 1000;
    /** Codes looked up per query while streaming a batch: small enough that the first lines leave early. */
    private static final int CHUNK = 200;

    private final RiskStore store;
    private final RiskModels models;

    RiskController(RiskStore store, RiskModels models) {
        this.store = store;
        this.models = models;
    }

    @Operation(
            summary = "A firm's risk tier, score and reasons",
            description = "Served from memory for the current score run (the newest finished ScoreRun); a new run is "
                    + "picked up within the poll interval. runStatus is warnings when a fraud pattern failed in the "
                    + "run that scored the firm (runWarnings names it and why). status is insufficient_data for a firm "
                    + "with too little trade evidence for a tier and no knock-out: tier, tierLabel and score are "
                    + "null and the reasons say what is missing; otherwise scored. suggestedLimit is how much to lend by the "
                    + "model's limit policy {amount, currency, basis, inputs} (0 for tier D and insufficient data; null "
                    + "when the model has no policy). pd is the probability of default from the model's calibration "
                    + "(null when the model has none, as scorecard-v3 as shipped, or the firm has no score). Messages follow Accept-Language: zh gives Chinese, "
                    + "anything else English. 404 company-not-found for an unknown code, 404 not-scored for a firm "
                    + "the score step has not scored.")
    @GetMapping("/api/v1/companies/{uscc}/risk")
    Mono<RiskView> risk(
            @PathVariable String uscc,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        var code = Uscc.parse(uscc).value();
        var lang = Language.of(acceptLanguage);
        return store.one(code)
                .switchIfEmpty(Mono.error(() -> new ApiProblem(ProblemType.COMPANY_NOT_FOUND, notFound(code))))
                .map(f -> {
                    if (!f.scored()) {
                        throw new ApiProblem(ProblemType.NOT_SCORED, notScored(code));
                    }
                    return RiskView.of(f, models, lang);
                });
    }

    @Operation(
            summary = "Risk answers for up to 1000 firms, streamed",
            description = "Body: a JSON array of 1 to 1000 codes (more is 413 batch-too-large, none is 400). The "
                    + "answer is NDJSON, one line per code in request order, each with its uscc; a code that is "
                    + "malformed, unknown or not scored gets a line {uscc, error:{type, title, detail}} and the "
                    + "batch goes on. A firm with insufficient data gets its answer line (status "
                    + "insufficient_data, tier and score null), not an error.")
    @PostMapping(
            path = "/api/v1/risk/batch",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_NDJSON_VALUE)
    Flux<Object> batch(
            @RequestBody List<String> codes,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
            ServerWebExchange exchange) {
        if (codes.isEmpty()) {
            throw ApiProblem.invalid("body", "must list at least one code");
        }
        if (codes.size() > BATCH_LIMIT) {
            throw new ApiProblem(
                    ProblemType.BATCH_TOO_LARGE,
                    "A batch holds at most " + BATCH_LIMIT + " codes; this one has " + codes.size() + ". Split it.",
                    Map.of("limit", BATCH_LIMIT, "size", codes.size()));
        }
        // the audit log names the firms a batch looks up: they are in the body, which it never reads
        AuditTrail.firms(
                exchange,
                codes.stream()
                        .map(Uscc::tryParse)
                        .flatMap(Optional::stream)
                        .map(Uscc::value)
                        .toList());
        var lang = Language.of(acceptLanguage);
        // chunks by index, not Flux.fromIterable(codes): a JSON null in the array is a malformed code, not a crash
        return Flux.range(0, (codes.size() + CHUNK - 1) / CHUNK)
                .concatMap(i -> lines(codes.subList(i * CHUNK, Math.min(codes.size(), (i + 1) * CHUNK)), lang));
    }

    private Flux<Object> lines(List<String> chunk, Language lang) {
        var wellFormed = chunk.stream()
                .map(Uscc::tryParse)
                .flatMap(Optional::stream)
                .map(Uscc::value)
                .distinct()
                .toList();
        return store.many(wellFormed)
                .flatMapIterable(found ->
                        chunk.stream().map(raw -> line(raw, found, lang)).toList());
    }

    private Object line(String raw, Map<String, RiskFacts> found, Language lang) {
        var code = Uscc.tryParse(raw);
        if (code.isEmpty()) {
            return BatchError.of(
                    raw,
                    ProblemType.MALFORMED_USCC,
                    "Not a Unified Social Credit Code: "
                            + Objects.requireNonNullElse(Uscc.problemWith(Uscc.normalise(raw)), "malformed"));
        }
        var uscc = code.get().value();
        var facts = found.get(uscc);
        if (facts == null) {
            return BatchError.of(uscc, ProblemType.COMPANY_NOT_FOUND, notFound(uscc));
        }
        return facts.scored()
                ? RiskView.of(facts, models, lang)
                : BatchError.of(uscc, ProblemType.NOT_SCORED, notScored(uscc));
    }

    private static String notFound(String uscc) {
        return "No company with USCC " + uscc + " in the graph.";
    }

    private static String notScored(String uscc) {
        return "Company " + uscc + " has no risk score: the score step has not scored it.";
    }
}
