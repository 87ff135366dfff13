package dev.anchorgraph.service.fraud;

import dev.anchorgraph.neo4j.TestNeo4j;
import dev.anchorgraph.service.ServiceIT;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Fraud results as the score run's fraud step writes them: ring A → B → C → A and ring A ⇄ D; B also flagged for
 * implausible goods; E has no flag; shell clusters {F, G, H} (high) and {D, J} (medium).
 */
@ServiceIT
class FraudApiIT extends ServiceIT.Base {

    static final String A = "91440300MA5R2PK01M";
    static final String B = "91440300MA5R2PK02Q";
    static final String C = "9144030071526726XG";
    static final String D = "91350100M0001TGQXM";
    static final String E = "91110000600037341L";
    static final String F = "91440300MA5R1RK01C";
    static final String G = "91440300MA5R1RK02F";
    static final String H = "91440300MA5R1RK03J";
    static final String J = "91440300MA5R1RK04M";

    @Autowired
    WebTestClient http;

    @BeforeAll
    static void graph() {
        TestNeo4j.clear();
        write("""
                CREATE (a:Company {uscc: '%s', name: '甲', riskTier: 'D'}), (b:Company {uscc: '%s', name: '乙', riskTier: 'D'}),
                       (c:Company {uscc: '%s', name: '丙', riskTier: 'D'}), (d:Company {uscc: '%s', name: '丁', riskTier: 'D'}),
                       (:Company {uscc: '%s', name: '戊', riskTier: 'A'})
                CREATE (r1:FraudRing {key: 'ring/' + a.uscc + '>' + b.uscc + '>' + c.uscc, members: [a.uscc, b.uscc, c.uscc],
                        amounts: [1000000.0, 1002000.0, 1004000.0], months: ['2026-05'], asOf: date('2026-06-30')})
                CREATE (a)-[:IN_RING {position: 0}]->(r1), (b)-[:IN_RING {position: 1}]->(r1), (c)-[:IN_RING {position: 2}]->(r1)
                CREATE (r2:FraudRing {key: 'ring/' + a.uscc + '>' + d.uscc, members: [a.uscc, d.uscc],
                        amounts: [500000.0, 499000.0], months: ['2026-04'], asOf: date('2026-06-30')})
                CREATE (a)-[:IN_RING {position: 0}]->(r2), (d)-[:IN_RING {position: 1}]->(r2)
                WITH a, b, c, d
                UNWIND [a, b, c, d] AS m
                CREATE (m)-[:FLAGGED]->(:FraudFlag {key: m.uscc + '/circular_trading', pattern: 'circular_trading',
                        severity: 'high', detail: 'member of a ring', evidence: '{"rings":1}', asOf: date('2026-06-30')})
                WITH DISTINCT b
                CREATE (b)-[:FLAGGED]->(:FraudFlag {key: b.uscc + '/implausible_goods', pattern: 'implausible_goods',
                        severity: 'medium', detail: '钢材 at 35%% of sales', evidence: '{"share":0.35,"categories":["钢材"]}',
                        asOf: date('2026-06-30')})
                """.formatted(A, B, C, D, E));
        write("""
                MATCH (d:Company {uscc: '%4$s'})
                CREATE (f:Company {uscc: '%1$s', name: '己', riskTier: 'D', foundedOn: date('2025-03-01')}),
                       (g:Company {uscc: '%2$s', name: '庚', riskTier: 'D', foundedOn: date('2025-01-10')}),
                       (h:Company {uscc: '%3$s', name: '辛', riskTier: 'D', foundedOn: date('2025-06-01')}),
                       (j:Company {uscc: '%5$s', name: '壬', riskTier: 'C', foundedOn: date('2025-02-01')})
                CREATE (k1:ShellCluster {key: 'shell/' + g.uscc, members: [g.uscc, f.uscc, h.uscc],
                        links: ['legal_representative', 'address'], internalShare: 0.86, salesToCapital: 3.2,
                        severity: 'high', evidence: '{"representative":"P-7a3f","internalSales":2580000.0}',
                        asOf: date('2026-06-30')})
                CREATE (f)-[:IN_CLUSTER]->(k1), (g)-[:IN_CLUSTER]->(k1), (h)-[:IN_CLUSTER]->(k1)
                CREATE (k2:ShellCluster {key: 'shell/' + d.uscc, members: [d.uscc, j.uscc], links: ['shareholder'],
                        internalShare: 0.55, severity: 'medium', evidence: '{}', asOf: date('2026-06-30')})
                CREATE (d)-[:IN_CLUSTER]->(k2), (j)-[:IN_CLUSTER]->(k2)
                """.formatted(F, G, H, D, J));
    }

    @Test
    void shellClustersListTheirMembersInFoundingOrderWithLinksSharesAndEvidence() {
        http.get()
                .uri("/api/v1/fraud/clusters?severity=high")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.clusters.length()")
                .isEqualTo(1)
                .jsonPath("$.clusters[0].key")
                .isEqualTo("shell/" + G)
                .jsonPath("$.clusters[0].members[*].name")
                .isEqualTo(List.of("庚", "己", "辛"))
                .jsonPath("$.clusters[0].links")
                .isEqualTo(List.of("legal_representative", "address"))
                .jsonPath("$.clusters[0].internalShare")
                .isEqualTo(0.86)
                .jsonPath("$.clusters[0].salesToCapital")
                .isEqualTo(3.2)
                .jsonPath("$.clusters[0].evidence.representative")
                .isEqualTo("P-7a3f")
                .jsonPath("$.clusters[0].asOf")
                .isEqualTo("2026-06-30");
        var first = http.get()
                .uri("/api/v1/fraud/clusters?limit=1")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(FraudViews.ClusterPage.class)
                .returnResult()
                .getResponseBody();
        org.assertj.core.api.Assertions.assertThat(first.clusters())
                .singleElement()
                .satisfies(
                        k -> org.assertj.core.api.Assertions.assertThat(k.key()).isEqualTo("shell/" + D));
        http.get()
                .uri("/api/v1/fraud/clusters?limit=1&cursor=" + first.nextCursor())
                .exchange()
                .expectBody()
                .jsonPath("$.clusters[0].key")
                .isEqualTo("shell/" + G)
                .jsonPath("$.nextCursor")
                .doesNotExist();
        http.get()
                .uri("/api/v1/fraud/clusters?uscc=" + J)
                .exchange()
                .expectBody()
                .jsonPath("$.clusters[*].key")
                .isEqualTo("shell/" + D)
                .jsonPath("$.clusters[0].salesToCapital")
                .doesNotExist();
        http.get()
                .uri("/api/v1/fraud/clusters?uscc=" + E)
                .exchange()
                .expectBody()
                .jsonPath("$.clusters.length()")
                .isEqualTo(0);
    }

    @Test
    void aFirmsFraudAnswerIncludesItsShellClusters() {
        http.get()
                .uri("/api/v1/companies/" + D + "/fraud")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.rings.length()")
                .isEqualTo(1)
                .jsonPath("$.clusters[*].key")
                .isEqualTo("shell/" + D)
                .jsonPath("$.clusters[0].members[*].uscc")
                .isEqualTo(List.of(J, D));
    }

    @Test
    void aFirmsFlagsComeHighSeverityFirstWithEvidenceAndItsRingsInOrder() {
        http.get()
                .uri("/api/v1/companies/" + B + "/fraud")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.name")
                .isEqualTo("乙")
                .jsonPath("$.flags[*].pattern")
                .isEqualTo(List.of("circular_trading", "implausible_goods"))
                .jsonPath("$.flags[1].evidence.share")
                .isEqualTo(0.35)
                .jsonPath("$.flags[1].evidence.categories[0]")
                .isEqualTo("钢材")
                .jsonPath("$.rings.length()")
                .isEqualTo(1)
                .jsonPath("$.rings[0].members[*].name")
                .isEqualTo(List.of("甲", "乙", "丙"))
                .jsonPath("$.rings[0].amounts[2]")
                .isEqualTo(1004000.0);
        http.get()
                .uri("/api/v1/companies/" + A + "/fraud")
                .exchange()
                .expectBody()
                .jsonPath("$.rings[*].members.length()")
                .isEqualTo(List.of(2, 3)); // by key: ">9135…" sorts before ">9144…"
    }

    @Test
    void aFirmWithoutFlagsHasEmptyListsAndAnUnknownOneIsA404() {
        http.get()
                .uri("/api/v1/companies/" + E + "/fraud")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.flags.length()")
                .isEqualTo(0)
                .jsonPath("$.rings.length()")
                .isEqualTo(0)
                .jsonPath("$.clusters.length()")
                .isEqualTo(0);
        http.get()
                .uri("/api/v1/companies/91110000MA0R1RK06W/fraud")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://anchorgraph.dev/problems/company-not-found");
        http.get()
                .uri("/api/v1/companies/12345/fraud")
                .exchange()
                .expectStatus()
                .isBadRequest();
    }

    @Test
    void ringsArePagedByKeyAndCanBeNarrowedToAMember() {
        var first = http.get()
                .uri("/api/v1/fraud/rings?limit=1")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(FraudViews.RingPage.class)
                .returnResult()
                .getResponseBody();
        org.assertj.core.api.Assertions.assertThat(first.rings())
                .singleElement()
                .satisfies(
                        r -> org.assertj.core.api.Assertions.assertThat(r.key()).isEqualTo("ring/" + A + ">" + D));
        http.get()
                .uri("/api/v1/fraud/rings?limit=1&cursor=" + first.nextCursor())
                .exchange()
                .expectBody()
                .jsonPath("$.rings[0].key")
                .isEqualTo("ring/" + A + ">" + B + ">" + C)
                .jsonPath("$.nextCursor")
                .doesNotExist();
        http.get()
                .uri("/api/v1/fraud/rings?uscc=" + D)
                .exchange()
                .expectBody()
                .jsonPath("$.rings[*].members[1].uscc")
                .isEqualTo(D);
    }

    @Test
    void flaggedFirmsCanBeListedByPatternAndSeverity() {
        http.get()
                .uri("/api/v1/fraud/flags?pattern=implausible_goods")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.flags[*].uscc")
                .isEqualTo(B)
                .jsonPath("$.flags[0].flag.detail")
                .isEqualTo("钢材 at 35% of sales");
        http.get()
                .uri("/api/v1/fraud/flags?severity=high&limit=3")
                .exchange()
                .expectBody()
                .jsonPath("$.flags.length()")
                .isEqualTo(3)
                .jsonPath("$.nextCursor")
                .exists();
    }

    @Test
    void badParametersAre400Problems() {
        for (var query : new String[] {
            "flags?pattern=DROP%20ALL",
            "flags?severity=extreme",
            "flags?cursor=bm9wZQ",
            "rings?limit=0",
            "rings?cursor=***",
            "clusters?severity=DROP",
            "clusters?limit=501"
        }) {
            http.get()
                    .uri("/api/v1/fraud/" + query)
                    .exchange()
                    .expectStatus()
                    .isBadRequest()
                    .expectBody()
                    .jsonPath("$.type")
                    .isEqualTo("https://anchorgraph.dev/problems/invalid-request");
        }
        http.get()
                .uri("/api/v1/fraud/clusters?uscc=123")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://anchorgraph.dev/problems/malformed-uscc");
    }
}
