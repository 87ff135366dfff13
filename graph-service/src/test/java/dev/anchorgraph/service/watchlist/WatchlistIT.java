package dev.anchorgraph.service.watchlist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.neo4j.TestNeo4j;
import dev.anchorgraph.service.ServiceIT;
import dev.anchorgraph.service.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Each user keeps a list of firms; the alerts listing can be narrowed to it. */
@ServiceIT
class WatchlistIT extends ServiceIT.Base {

    static final String M = "91440300MA5R2PK02Q";
    static final String P = "91440300MA5R2PK01M";
    static final String UNKNOWN = "91110000600037341L";

    @Autowired
    WebTestClient http;

    @BeforeEach
    void firmsWithAlerts() {
        TestNeo4j.clear();
        write("""
                CREATE (m:Company:Borrower {uscc: '%s', name: '东莞市乙丰模具有限公司', riskTier: 'B', riskScore: 600,
                        riskStatus: 'scored'})
                CREATE (p:Company {uscc: '%s', name: '深圳市甲元精密五金有限公司', riskStatus: 'insufficient_data'})
                CREATE (m)-[:ALERTED]->(:Alert {id: 'a00000000000000000a1', key: 'M/sales_drop/2026-08', seq: 1,
                        type: 'sales_drop', severity: 'high', uscc: m.uscc, raisedAt: datetime('2026-09-01T02:00:00Z'),
                        asOf: date('2026-08-31'), run: 'run-1', acknowledged: false, evidence: '{}',
                        messageEn: 'Sales drop', messageZh: '销售额下降'})
                CREATE (p)-[:ALERTED]->(:Alert {id: 'a00000000000000000a2', key: 'P/new_litigation/K1', seq: 2,
                        type: 'new_litigation', severity: 'medium', uscc: p.uscc,
                        raisedAt: datetime('2026-09-01T02:00:00Z'), asOf: date('2026-08-31'), run: 'run-1',
                        acknowledged: false, evidence: '{}', messageEn: 'New case K1', messageZh: '新增涉诉案件K1'})
                """.formatted(M, P));
    }

    WebTestClient as(String key) {
        return http.mutate().defaultHeader(TestKeys.HEADER, key).build();
    }

    @Test
    void aFirmPutOnTheListIsListedWithItsTierAndPuttingItAgainKeepsItsDate() {
        var first = as(TestKeys.PROSPECTOR)
                .put()
                .uri("/api/v1/watchlist/{u}", P)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(WatchedFirm.class)
                .returnResult()
                .getResponseBody();
        assertThat(first.status()).isEqualTo("insufficient_data");
        assertThat(first.borrower()).isFalse();
        var again = as(TestKeys.PROSPECTOR)
                .put()
                .uri("/api/v1/watchlist/{u}", P.toLowerCase(java.util.Locale.ROOT))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(WatchedFirm.class)
                .returnResult()
                .getResponseBody();
        assertThat(again.addedAt()).isEqualTo(first.addedAt());
        as(TestKeys.PROSPECTOR)
                .put()
                .uri("/api/v1/watchlist/{u}", M)
                .exchange()
                .expectStatus()
                .isOk();

        as(TestKeys.PROSPECTOR)
                .get()
                .uri("/api/v1/watchlist")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.owner")
                .isEqualTo("test-prospector")
                .jsonPath("$.count")
                .isEqualTo(2)
                .jsonPath("$.limit")
                .isEqualTo(1000)
                .jsonPath("$.firms[0].uscc")
                .isEqualTo(M)
                .jsonPath("$.firms[0].tier")
                .isEqualTo("B")
                .jsonPath("$.firms[0].borrower")
                .isEqualTo(true);
    }

    @Test
    void eachUserHasTheirOwnListAndRemovingIsIdempotent() {
        as(TestKeys.PROSPECTOR)
                .put()
                .uri("/api/v1/watchlist/{u}", P)
                .exchange()
                .expectStatus()
                .isOk();

        as(TestKeys.ANALYST)
                .get()
                .uri("/api/v1/watchlist")
                .exchange()
                .expectBody()
                .jsonPath("$.count")
                .isEqualTo(0);
        as(TestKeys.PROSPECTOR)
                .delete()
                .uri("/api/v1/watchlist/{u}", P)
                .exchange()
                .expectStatus()
                .isNoContent();
        as(TestKeys.PROSPECTOR)
                .delete()
                .uri("/api/v1/watchlist/{u}", P)
                .exchange()
                .expectStatus()
                .isNoContent();
        as(TestKeys.PROSPECTOR)
                .get()
                .uri("/api/v1/watchlist")
                .exchange()
                .expectBody()
                .jsonPath("$.count")
                .isEqualTo(0);
    }

    @Test
    void anUnknownFirmIsA404AndAMalformedCodeA400() {
        http.put()
                .uri("/api/v1/watchlist/{u}", UNKNOWN)
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://anchorgraph.dev/problems/company-not-found");
        http.put()
                .uri("/api/v1/watchlist/{u}", "not-a-code")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://anchorgraph.dev/problems/malformed-uscc");
    }

    @Test
    void aFullListRefusesAnotherFirmWithA409ButKeepsAcceptingOneItHolds() {
        write("""
                MERGE (list:Watchlist {owner: 'test-admin'})
                WITH list
                UNWIND range(1, 1000) AS i
                CREATE (list)-[:WATCHES {addedAt: datetime()}]->(:Company {uscc: 'X' + toString(i)})
                """);
        write("""
                MATCH (list:Watchlist {owner: 'test-admin'})-[w:WATCHES]->(x:Company {uscc: 'X1'})
                DELETE w
                WITH list MATCH (m:Company {uscc: '%s'}) CREATE (list)-[:WATCHES {addedAt: datetime()}]->(m)
                """.formatted(M));

        http.put()
                .uri("/api/v1/watchlist/{u}", P)
                .exchange()
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://anchorgraph.dev/problems/watchlist-full")
                .jsonPath("$.limit")
                .isEqualTo(1000);
        http.put().uri("/api/v1/watchlist/{u}", M).exchange().expectStatus().isOk();
    }

    @Test
    void theAlertsListingNarrowsToTheCallersWatchlist() {
        as(TestKeys.ANALYST)
                .put()
                .uri("/api/v1/watchlist/{u}", P)
                .exchange()
                .expectStatus()
                .isOk();

        as(TestKeys.ANALYST)
                .get()
                .uri("/api/v1/alerts?watchlist=true")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.alerts.length()")
                .isEqualTo(1)
                .jsonPath("$.alerts[0].uscc")
                .isEqualTo(P);
        // another user's list is not the caller's: the admin keeps none
        http.get()
                .uri("/api/v1/alerts?watchlist=true")
                .exchange()
                .expectBody()
                .jsonPath("$.alerts.length()")
                .isEqualTo(0);
        http.get()
                .uri("/api/v1/alerts?watchlist=maybe")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].parameter")
                .isEqualTo("watchlist");
    }

    @Test
    void aRiskReaderMayNotKeepAWatchlist() {
        as(TestKeys.RISK_READER)
                .get()
                .uri("/api/v1/watchlist")
                .exchange()
                .expectStatus()
                .isForbidden();
    }
}
