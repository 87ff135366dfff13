package dev.anchorgraph.service.limits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.service.problem.ProblemWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.util.unit.DataSize;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

class LoadSheddingTest {

    final ProblemWriter problems = new ProblemWriter(ServerCodecConfigurer.create());

    @Test
    void beyondTheLimitAndTheLineARequestGetsA503OverloadedWithRetryAfter() {
        var shedding = new LoadShedding(limits(1, 0, Duration.ofSeconds(15)), problems);
        var busy = Sinks.<Void>empty();
        shedding.filter(exchange("/api/v1/anchors"), e -> busy.asMono()).subscribe();

        var refused = exchange("/api/v1/anchors");
        shedding.filter(refused, e -> Mono.error(new AssertionError("must not run")))
                .block();
        assertThat(refused.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(refused.getResponse().getHeaders().getFirst(HttpHeaders.RETRY_AFTER))
                .isEqualTo("1");
        assertThat(refused.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getResponse().getBodyAsString().block())
                .contains("\"type\":\"https://anchorgraph.dev/problems/overloaded\"");

        busy.tryEmitEmpty();
        var next = exchange("/api/v1/anchors");
        shedding.filter(next, e -> Mono.empty()).block();
        assertThat(next.getResponse().getStatusCode())
                .as("the place is free again")
                .isNotEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    }

    @Test
    void aRequestThatTakesTooLongIsStoppedWithA503Timeout() {
        var timedOut = exchange("/api/v1/paths");
        StepVerifier.withVirtualTime(() -> new LoadShedding(limits(4, 4, Duration.ofSeconds(15)), problems)
                        .filter(timedOut, e -> Mono.never()))
                .thenAwait(Duration.ofSeconds(15))
                .verifyComplete();
        assertThat(timedOut.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(timedOut.getResponse().getBodyAsString().block())
                .contains("\"type\":\"https://anchorgraph.dev/problems/timeout\"");
    }

    @Test
    void eventStreamsAndPagesOutsideTheApiAreNotLimited() {
        var shedding = new LoadShedding(limits(1, 0, Duration.ofSeconds(15)), problems);
        shedding.filter(exchange("/api/v1/anchors"), e -> Sinks.<Void>empty().asMono())
                .subscribe();
        var stream = MockServerWebExchange.from(
                MockServerHttpRequest.get("/api/v1/alerts").accept(MediaType.TEXT_EVENT_STREAM));
        var ran = new boolean[3];
        shedding.filter(stream, e -> Mono.fromRunnable(() -> ran[0] = true)).block();
        shedding.filter(exchange("/api/v1/alerts/stream"), e -> Mono.fromRunnable(() -> ran[1] = true))
                .block();
        shedding.filter(exchange("/console/index.html"), e -> Mono.fromRunnable(() -> ran[2] = true))
                .block();
        assertThat(ran).containsOnly(true);
    }

    private static LimitsProperties limits(int concurrent, int queued, Duration requestTimeout) {
        return new LimitsProperties(
                concurrent,
                queued,
                Duration.ofSeconds(2),
                requestTimeout,
                Duration.ofSeconds(1),
                DataSize.ofMegabytes(1));
    }

    private static MockServerWebExchange exchange(String path) {
        return MockServerWebExchange.from(MockServerHttpRequest.get(path));
    }
}
