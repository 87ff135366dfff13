package dev.anchorgraph.service.alert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.neo4j.TestNeo4j;
import dev.anchorgraph.service.ServiceIT;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.test.StepVerifier;

/**
 * Alerts as the loader's score run writes them (docs/scoring-contract.md, "Alerts"): three on borrower M, one on P.
 */
@ServiceIT
class AlertsIT extends ServiceIT.Base {

    static final String M = "91440300MA5R2PK02Q";
    static final String P = "91440300MA5R2PK01M";
    static final ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>> EVENTS =
            new ParameterizedTypeReference<>() {};

    @Autowired
    WebTestClient http;

    @BeforeEach
    void alerts() {
        TestNeo4j.clear();
        write("""
                CREATE (m:Company:Borrower {uscc: '%s', name: '东莞市乙丰模具有限公司', lender: '示例银行东莞分行'})
                CREATE (p:Company:Borrower {uscc: '%s', name: '深圳市甲元精密五金有限公司', lender: '示例银行深圳分行'})
                CREATE (m)-[:ALERTED]->(:Alert {id: 'a00000000000000000a1', key: 'M/sales_drop/2026-08', seq: 1, type: 'sales_drop',
                        severity: 'high', uscc: m.uscc, raisedAt: datetime('2026-09-01T02:00:00Z'), asOf: date('2026-08-31'),
                        run: 'run-1', acknowledged: false, evidence: '{"month":"2026-08","drop":0.925}',
                        messageEn: 'Sales in 2026-08 were 93%% below the 6-month average', messageZh: '2026-08销售额较前6个月均值下降93%%'})
                CREATE (p)-[:ALERTED]->(:Alert {id: 'a00000000000000000a2', key: 'P/new_litigation/K1', seq: 2, type: 'new_litigation',
                        severity: 'medium', uscc: p.uscc, raisedAt: datetime('2026-09-01T02:00:00Z'), asOf: date('2026-08-31'),
                        run: 'run-1', acknowledged: false, evidence: '{"caseNo":"K1"}', messageEn: 'New case K1', messageZh: '新增涉诉案件K1'})
                CREATE (m)-[:ALERTED]->(:Alert {id: 'a00000000000000000a3', key: 'M/tier_downgrade/B>D/2026-09-30', seq: 3,
                        type: 'tier_downgrade', severity: 'high', uscc: m.uscc, raisedAt: datetime('2026-10-01T02:00:00Z'),
                        asOf: date('2026-09-30'), run: 'run-2', acknowledged: false, evidence: '{"from":"B","to":"D"}',
                        messageEn: 'Risk tier down from B to D', messageZh: '风险等级由B降至D'})
                MERGE (s:AlertSequence {name: 'alerts'}) SET s.next = 3
                """.formatted(M, P));
    }

    @Test
    void alertsAreListedNewestFirstInPagesWithEvidenceAsAnObject() {
        var first = http.get()
                .uri("/api/v1/alerts?limit=2")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(AlertPage.class)
                .returnResult()
                .getResponseBody();
        assertThat(first.alerts()).extracting(Alert::seq).containsExactly(3L, 2L);
        assertThat(first.alerts().getFirst().name()).isEqualTo("东莞市乙丰模具有限公司");
        assertThat(first.alerts().getFirst().evidence()).containsEntry("to", "D");
        http.get()
                .uri("/api/v1/alerts?limit=2&cursor=" + first.nextCursor())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.alerts[*].seq")
                .isEqualTo(1)
                .jsonPath("$.alerts[0].evidence.drop")
                .isEqualTo(0.925)
                .jsonPath("$.nextCursor")
                .doesNotExist();
    }

    @Test
    void filtersNarrowTheListing() {
        http.get()
                .uri("/api/v1/alerts?type=sales_drop,tier_downgrade&severity=high&uscc=" + M)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.alerts[*].seq")
                .isEqualTo(List.of(3, 1));
        http.get()
                .uri("/api/v1/alerts?since=2026-09-15")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.alerts[*].seq")
                .isEqualTo(3);
        http.get()
                .uri(b -> b.path("/api/v1/alerts")
                        .queryParam("since", "2026-09-01T10:00:00+08:00")
                        .queryParam("severity", "medium")
                        .build())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.alerts[*].uscc")
                .isEqualTo(P);
    }

    @Test
    void messagesFollowAcceptLanguage() {
        http.get()
                .uri("/api/v1/alerts?type=tier_downgrade")
                .header("Accept-Language", "zh-CN,zh;q=0.9")
                .exchange()
                .expectBody()
                .jsonPath("$.alerts[0].message")
                .isEqualTo("风险等级由B降至D");
        http.get()
                .uri("/api/v1/alerts?type=tier_downgrade")
                .exchange()
                .expectBody()
                .jsonPath("$.alerts[0].message")
                .isEqualTo("Risk tier down from B to D");
    }

    @Test
    void badFiltersAreNamedIn400Problems() {
        for (var query : new String[] {
            "type=bogus",
            "severity=urgent",
            "since=yesterday",
            "cursor=%%%",
            "limit=0",
            "limit=501",
            "acknowledged=perhaps"
        }) {
            http.get()
                    .uri("/api/v1/alerts?" + query)
                    .exchange()
                    .expectStatus()
                    .isBadRequest()
                    .expectHeader()
                    .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.type")
                    .isEqualTo("https://anchorgraph.dev/problems/invalid-request");
        }
        http.get()
                .uri("/api/v1/alerts?uscc=123")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://anchorgraph.dev/problems/malformed-uscc");
    }

    @Test
    void acknowledgingKeepsTheFirstAcknowledgementAndHidesItFromTheOpenList() {
        var first = http.post()
                .uri("/api/v1/alerts/a00000000000000000a1/ack")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Alert.class)
                .returnResult()
                .getResponseBody();
        assertThat(first.acknowledged()).isTrue();
        assertThat(first.acknowledgedAt()).isNotNull();
        assertThat(first.acknowledgedBy()).isNotBlank();
        var again = http.post()
                .uri("/api/v1/alerts/a00000000000000000a1/ack")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Alert.class)
                .returnResult()
                .getResponseBody();
        assertThat(again.acknowledgedAt()).isEqualTo(first.acknowledgedAt());
        http.get()
                .uri("/api/v1/alerts?acknowledged=false")
                .exchange()
                .expectBody()
                .jsonPath("$.alerts[*].seq")
                .isEqualTo(List.of(3, 2));
    }

    @Test
    void aLenderSeesTheAlertsOnItsOwnBorrowersOnly() {
        http.get()
                .uri(b -> b.path("/api/v1/alerts").queryParam("lender", "{l}").build("示例银行东莞分行"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.alerts[*].seq")
                .isEqualTo(List.of(3, 1));
        http.get()
                .uri(b -> b.path("/api/v1/alerts").queryParam("lender", "{l}").build("另一家银行"))
                .exchange()
                .expectBody()
                .jsonPath("$.alerts.length()")
                .isEqualTo(0);
    }

    @Test
    void anAcknowledgementCarriesItsNoteAndTheFirstNoteIsKept() {
        http.post()
                .uri("/api/v1/alerts/a00000000000000000a2/ack")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("note", "已电话核实：案件为小额合同纠纷，已和解"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.acknowledgedNote")
                .isEqualTo("已电话核实：案件为小额合同纠纷，已和解");
        http.post()
                .uri("/api/v1/alerts/a00000000000000000a2/ack")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("note", "second"))
                .exchange()
                .expectBody()
                .jsonPath("$.acknowledgedNote")
                .isEqualTo("已电话核实：案件为小额合同纠纷，已和解");
        http.post()
                .uri("/api/v1/alerts/a00000000000000000a3/ack")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("note", "x".repeat(501)))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].parameter")
                .isEqualTo("note");
    }

    @Test
    void acknowledgingAnUnknownOrMalformedIdIsAProblem() {
        http.post()
                .uri("/api/v1/alerts/ffffffffffffffffffff/ack")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://anchorgraph.dev/problems/alert-not-found");
        http.post()
                .uri("/api/v1/alerts/MATCH (n) DETACH DELETE n/ack")
                .exchange()
                .expectStatus()
                .isBadRequest();
        http.get()
                .uri("/api/v1/alerts")
                .exchange()
                .expectBody()
                .jsonPath("$.alerts.length()")
                .isEqualTo(3);
    }

    @Test
    void theStreamResumesAfterLastEventIdAndThenPushesNewAlerts() {
        var events = http.get()
                .uri("/api/v1/alerts/stream")
                .accept(MediaType.TEXT_EVENT_STREAM)
                .header("Last-Event-ID", "1")
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(EVENTS)
                .getResponseBody()
                .filter(e -> e.event() != null);
        StepVerifier.create(events)
                .assertNext(e -> assertThat(e.id()).isEqualTo("2"))
                .assertNext(e -> {
                    assertThat(e.id()).isEqualTo("3");
                    assertThat(e.event()).isEqualTo("alert");
                    assertThat(e.data()).containsEntry("type", "tier_downgrade");
                })
                .then(() -> write(newAlert(4)))
                .assertNext(e -> assertThat(e.id()).isEqualTo("4"))
                .thenCancel()
                .verify(Duration.ofSeconds(20));
    }

    @Test
    void withoutLastEventIdTheStreamStartsWithTheNextNewAlertAndAppliesFilters() {
        var events = http.get()
                .uri("/api/v1/alerts/stream?severity=high")
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(EVENTS)
                .getResponseBody()
                .filter(e -> e.event() != null);
        StepVerifier.create(events)
                .expectSubscription()
                .expectNoEvent(Duration.ofMillis(800))
                .then(() -> {
                    write(newAlert(4).replace("'high'", "'low'"));
                    write(newAlert(5));
                })
                .assertNext(e -> assertThat(e.id()).isEqualTo("5"))
                .thenCancel()
                .verify(Duration.ofSeconds(20));
    }

    @Test
    void aLastEventIdThatIsNotANumberIsA400() {
        http.get()
                .uri("/api/v1/alerts/stream")
                .accept(MediaType.TEXT_EVENT_STREAM)
                .header("Last-Event-ID", "x'")
                .exchange()
                .expectStatus()
                .isBadRequest();
    }

    private static String newAlert(long seq) {
        return """
                MATCH (m:Company {uscc: '%s'})
                CREATE (m)-[:ALERTED]->(:Alert {id: 'b0000000000000000%03d', key: 'M/new_fraud_pattern/%d', seq: %d,
                        type: 'new_fraud_pattern', severity: 'high', uscc: m.uscc, raisedAt: datetime(), asOf: date('2026-10-31'),
                        run: 'run-3', acknowledged: false, evidence: '{}', messageEn: 'New fraud pattern', messageZh: '新增疑似欺诈模式'})
                """.formatted(M, seq, seq, seq);
    }
}
