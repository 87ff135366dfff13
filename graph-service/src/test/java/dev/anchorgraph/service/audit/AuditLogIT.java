package dev.anchorgraph.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.neo4j.TestNeo4j;
import dev.anchorgraph.service.ServiceIT;
import dev.anchorgraph.service.TestKeys;
import dev.anchorgraph.service.TestTokens;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every API request leaves one JSON line on the audit logger: who, how, which route, which firms, what answer. */
@ServiceIT
@ExtendWith(OutputCaptureExtension.class)
class AuditLogIT extends ServiceIT.Base {

    static final String FIRM = "91440300MA5R8AU01P";
    static final String SECOND = "91440300MA5R8AU02T";
    static final String THIRD = "91440300MA5R8AU03X";

    @Autowired
    WebTestClient http;

    final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void graph() {
        TestNeo4j.clear();
        write("""
                CREATE (:Company {uscc: '91440300MA5R8AU01P', name: '深圳市审计测试有限公司', status: 'active'})
                CREATE (:Company {uscc: '91440300MA5R8AU02T', name: '深圳市审计对照有限公司', status: 'active'})
                """);
    }

    @Test
    void aLookupIsAuditedWithTheKeysNameRoleRouteFirmAndStatus(CapturedOutput output) {
        http.get()
                .uri("/api/v1/companies/" + FIRM.toLowerCase() + "/risk")
                .header(TestKeys.HEADER, TestKeys.RISK_READER)
                .exchange()
                .expectStatus()
                .isNotFound();
        var line = line(
                output,
                l -> l.path("firms").toString().contains(FIRM)
                        && l.path("route").asString().endsWith("/risk"));
        assertThat(line.path("who").asString()).isEqualTo("test-risk-reader");
        assertThat(line.path("via").asString()).isEqualTo("api-key");
        assertThat(line.path("roles").toString()).isEqualTo("[\"risk-reader\"]");
        assertThat(line.path("method").asString()).isEqualTo("GET");
        assertThat(line.path("route").asString()).isEqualTo("/api/v1/companies/{uscc}/risk");
        assertThat(line.path("status").asInt()).isEqualTo(404);
        assertThat(line.path("remote").asString()).isEqualTo("127.0.0.1");
        assertThat(line.path("at").asString()).isNotEmpty();
        assertThat(line.has("ms")).isTrue();
    }

    @Test
    void aBatchNamesTheFirmsOfItsBodyButNothingElseOfIt(CapturedOutput output) {
        http.post()
                .uri("/api/v1/risk/batch")
                .header(TestKeys.HEADER, TestKeys.RISK_READER)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(List.of(SECOND, "secret-looking text", THIRD))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult();
        var line = line(
                output,
                l -> l.path("route").asString().equals("/api/v1/risk/batch")
                        && l.path("firms").toString().contains(SECOND));
        assertThat(line.path("firms").toString()).isEqualTo("[\"" + SECOND + "\",\"" + THIRD + "\"]");
        assertThat(output.getOut()).doesNotContain("secret-looking text");
    }

    @Test
    void bothFirmsOfAPathQuestionAreNamed(CapturedOutput output) {
        http.get()
                .uri("/api/v1/paths?from={a}&to={b}", FIRM, SECOND)
                .exchange()
                .expectStatus()
                .isOk();
        var line = line(output, l -> l.path("route").asString().equals("/api/v1/paths"));
        assertThat(line.path("firms").toString()).isEqualTo("[\"" + FIRM + "\",\"" + SECOND + "\"]");
        assertThat(line.path("who").asString()).isEqualTo("test-admin");
    }

    @Test
    void aRefusedRequestIsAuditedWithTheCallerItRefused(CapturedOutput output) {
        http.get()
                .uri("/api/v1/companies/" + THIRD + "/network")
                .header(TestKeys.HEADER, TestKeys.RISK_READER)
                .exchange()
                .expectStatus()
                .isForbidden();
        var line = line(
                output,
                l -> l.path("status").asInt() == 403
                        && l.path("firms").toString().contains(THIRD));
        assertThat(line.path("who").asString()).isEqualTo("test-risk-reader");
        assertThat(line.path("route").asString()).isEqualTo("/api/v1/companies/" + THIRD + "/network");
    }

    @Test
    void anUnauthenticatedRequestIsAuditedWithoutAName(CapturedOutput output) {
        http.mutate()
                .defaultHeaders(h -> h.remove(TestKeys.HEADER))
                .build()
                .get()
                .uri("/api/v1/companies/" + SECOND + "?probe=unauthenticated")
                .exchange()
                .expectStatus()
                .isUnauthorized();
        var line = line(
                output,
                l -> l.path("status").asInt() == 401
                        && l.path("firms").toString().contains(SECOND)
                        && l.path("via").asString().equals("none"));
        assertThat(line.path("who").isNull()).isTrue();
        assertThat(line.path("roles").toString()).isEqualTo("[]");
    }

    @Test
    void aTokenCallerIsNamedByItsSubject(CapturedOutput output) {
        http.get()
                .uri("/api/v1/companies/" + FIRM)
                .headers(h -> {
                    h.remove(TestKeys.HEADER);
                    h.setBearerAuth(TestTokens.token("li.lei@bank.example", List.of("analyst")));
                })
                .exchange()
                .expectStatus()
                .isOk();
        var line = line(output, l -> l.path("via").asString().equals("jwt"));
        assertThat(line.path("who").asString()).isEqualTo("li.lei@bank.example");
        assertThat(line.path("roles").toString()).isEqualTo("[\"analyst\"]");
        assertThat(line.path("firms").toString()).isEqualTo("[\"" + FIRM + "\"]");
    }

    @Test
    void healthAndTheApiDescriptionAreNotAudited(CapturedOutput output) {
        http.get().uri("/actuator/health").exchange().expectStatus().isOk();
        http.get().uri("/api/v1/companies/" + FIRM).exchange().expectStatus().isOk();
        line(output, l -> l.path("route").asString().equals("/api/v1/companies/{uscc}"));
        assertThat(auditLines(output)).noneMatch(l -> l.path("route").asString().contains("actuator"));
    }

    /** Waits for the matching audit line: it is written once the answer has gone, so it may trail the response. */
    private JsonNode line(CapturedOutput output, Predicate<JsonNode> matching) {
        for (int i = 0; i < 100; i++) {
            var found = auditLines(output).stream().filter(matching).toList();
            if (!found.isEmpty()) {
                assertThat(found).hasSize(1);
                return found.getFirst();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("no such audit line in:\n" + auditLines(output));
    }

    private List<JsonNode> auditLines(CapturedOutput output) {
        return output.getOut()
                .lines()
                .filter(l -> l.contains(" anchorgraph.audit "))
                .map(l -> json.readTree(l.substring(l.indexOf(": {") + 2)))
                .toList();
    }
}
