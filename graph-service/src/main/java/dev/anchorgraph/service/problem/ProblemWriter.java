package dev.anchorgraph.service.problem;

import java.net.URI;
import java.util.Map;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Writes problem details from a web filter, where no controller advice applies (authentication, load shedding,
 * body limits): the same JSON writer and shape as the answers of {@link ProblemHandling}.
 */
@Component
public class ProblemWriter {

    private static final ResolvableType TYPE = ResolvableType.forClass(ProblemDetail.class);
    private final HttpMessageWriter<ProblemDetail> writer;

    @SuppressWarnings("unchecked")
    public ProblemWriter(ServerCodecConfigurer codecs) {
        this.writer = (HttpMessageWriter<ProblemDetail>) codecs.getWriters().stream()
                .filter(w -> w.canWrite(TYPE, MediaType.APPLICATION_PROBLEM_JSON))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no JSON writer for problem details"));
    }

    /** Answers the exchange with {@code type}; {@code headers} (such as Retry-After) are added to the response. */
    public Mono<Void> write(ServerWebExchange exchange, ProblemType type, String detail, HttpHeaders headers) {
        var response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        var problem = type.detail(detail);
        try {
            problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        } catch (IllegalArgumentException notAUri) {
            // a path Netty let through but URI refuses: the answer goes without an instance
        }
        response.setStatusCode(type.status());
        response.getHeaders().addAll(headers);
        return writer.write(Mono.just(problem), TYPE, MediaType.APPLICATION_PROBLEM_JSON, response, Map.of());
    }

    /** A problem of no type of ours (about:blank): a plain HTTP status such as 405, with its reason. */
    Mono<Void> write(ServerWebExchange exchange, int status, String title, String detail) {
        var response = exchange.getResponse();
        var problem = ProblemDetail.forStatusAndDetail(org.springframework.http.HttpStatusCode.valueOf(status), detail);
        problem.setTitle(title);
        response.setStatusCode(org.springframework.http.HttpStatusCode.valueOf(status));
        return writer.write(Mono.just(problem), TYPE, MediaType.APPLICATION_PROBLEM_JSON, response, Map.of());
    }

    public Mono<Void> write(ServerWebExchange exchange, ProblemType type, String detail) {
        return write(exchange, type, detail, new HttpHeaders());
    }
}
