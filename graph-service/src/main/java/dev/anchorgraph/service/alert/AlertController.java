package dev.anchorgraph.service.alert;

import dev.anchorgraph.contract.AlertType;
import dev.anchorgraph.contract.Severity;
import dev.anchorgraph.service.problem.ApiProblem;
import dev.anchorgraph.service.problem.ProblemType;
import dev.anchorgraph.service.risk.Language;
import dev.anchorgraph.uscc.Uscc;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1/alerts")
class AlertController {

    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    private final AlertQueries queries;
    private final AlertFeed feed;

    AlertController(AlertQueries queries, AlertFeed feed) {
        this.queries = queries;
        this.feed = feed;
    }

    @Operation(summary = "Monitoring alerts, newest first", description = """
                    Alerts raised by score runs on borrowers (docs/monitoring.md). Filters: since (date or date-time: \
                    raised at or after), type and severity (repeat or comma list), uscc, acknowledged, lender (the \
                    alerts on that lender's borrowers: a relationship manager's portfolio), watchlist=true (the \
                    alerts on the firms of the caller's own watchlist, /api/v1/watchlist). Pages of \
                    `limit` (1-500); pass `nextCursor` as `cursor` for the next page. Messages follow Accept-Language.""")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<AlertPage> alerts(
            @RequestParam(required = false) String since,
            @RequestParam(required = false) List<AlertType> type,
            @RequestParam(required = false) String uscc,
            @RequestParam(required = false) List<Severity> severity,
            @RequestParam(required = false) String acknowledged,
            @RequestParam(required = false) @Size(max = 100) String lender,
            @RequestParam(required = false) String watchlist,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit,
            @RequestParam(required = false) String cursor,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
            ServerWebExchange exchange) {
        var filter = filter(
                AlertFilter.since(since),
                type,
                uscc,
                severity,
                flag("acknowledged", acknowledged),
                lender == null || lender.isBlank() ? null : lender.strip(),
                AlertFilter.before(cursor),
                limit);
        var watched = Boolean.TRUE.equals(flag("watchlist", watchlist));
        var lang = Language.of(acceptLanguage);
        var owner =
                watched ? exchange.getPrincipal().map(Principal::getName).defaultIfEmpty("anonymous") : Mono.just("");
        return owner.flatMapMany(o -> queries.page(filter.watchedBy(o.isEmpty() ? null : o)))
                .map(a -> a.in(lang))
                .collectList()
                .map(rows -> {
                    var more = rows.size() > limit;
                    var page = more ? rows.subList(0, limit) : rows;
                    return new AlertPage(
                            page, more ? AlertFilter.cursor(page.getLast().seq()) : null);
                });
    }

    @Operation(summary = "New alerts as Server-Sent Events", description = """
                    Each alert is an event `alert` with the alert's seq as its id and the alert as data; a comment \
                    every 15 s keeps idle connections open. Without Last-Event-ID the stream starts with the next \
                    new alert; with it, with the first alert after that id (what a reconnecting EventSource sends), \
                    so no alert is lost or repeated across reconnects. The same filters as the listing apply.""")
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<Alert>> stream(
            @RequestParam(required = false) List<AlertType> type,
            @RequestParam(required = false) String uscc,
            @RequestParam(required = false) List<Severity> severity,
            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        var filter = filter(null, type, uscc, severity, null, null, null, 1);
        var lang = Language.of(acceptLanguage);
        var start =
                lastEventId == null || lastEventId.isBlank() ? queries.latest() : Mono.just(lastEventId(lastEventId));
        var alerts = start.flatMapMany(feed::after)
                .map(a -> a.in(lang))
                .filter(filter::matches)
                .map(a -> ServerSentEvent.builder(a)
                        .id(Long.toString(a.seq()))
                        .event("alert")
                        .build());
        var keepAlive = Flux.interval(KEEP_ALIVE)
                .map(t -> ServerSentEvent.<Alert>builder().comment("keep-alive").build());
        // the opening comment sends the response headers at once, so a client knows it is connected before any alert
        var open = Flux.just(
                ServerSentEvent.<Alert>builder().comment("stream open").build());
        return Flux.concat(open, Flux.merge(alerts, keepAlive));
    }

    @Operation(
            summary = "Acknowledge an alert",
            description = "Optional JSON body {\"note\": \"…\"} (at most 500 characters): what was done about it. "
                    + "Idempotent: the first acknowledgement's time, user and note are kept. 404 alert-not-found.")
    @PostMapping(path = "/{id}/ack", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<Alert> acknowledge(
            @PathVariable String id,
            @RequestBody(required = false) AckNote body,
            ServerWebExchange exchange,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        if (!id.matches("[0-9a-f]{20}")) {
            throw ApiProblem.invalid("id", "must be an alert id: 20 hexadecimal digits");
        }
        var note = body == null || body.note() == null || body.note().isBlank()
                ? null
                : body.note().strip();
        if (note != null && note.length() > 500) {
            throw ApiProblem.invalid("note", "must be at most 500 characters");
        }
        var lang = Language.of(acceptLanguage);
        return exchange.getPrincipal()
                .map(Principal::getName)
                .defaultIfEmpty("anonymous")
                .flatMap(by -> queries.acknowledge(id, by, note))
                .map(a -> a.in(lang))
                .switchIfEmpty(
                        Mono.error(() -> new ApiProblem(ProblemType.ALERT_NOT_FOUND, "No alert with id " + id + ".")));
    }

    private static AlertFilter filter(
            OffsetDateTime since,
            List<AlertType> type,
            String uscc,
            List<Severity> severity,
            Boolean acknowledged,
            String lender,
            Long before,
            int limit) {
        return new AlertFilter(
                since,
                type,
                uscc == null || uscc.isBlank() ? null : Uscc.parse(uscc).value(),
                severity,
                acknowledged,
                lender,
                before,
                limit);
    }

    /**
     * Spring's own Boolean conversion trims control characters away and reads what is left as "not given"; a filter
     * on acknowledgement is either exactly true or false, or absent.
     */
    private static Boolean flag(String parameter, String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.valueOf(text);
        }
        throw ApiProblem.invalid(parameter, "must be true or false");
    }

    private static long lastEventId(String text) {
        try {
            long id = Long.parseLong(text.trim());
            if (id < 0) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw ApiProblem.invalid(
                    "Last-Event-ID", "must be the id of an event this stream sent (a whole number ≥ 0)");
        }
    }
}
