package dev.anchorgraph.service.anchor;

import dev.anchorgraph.neo4j.TestNeo4j;
import dev.anchorgraph.service.ServiceIT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

@ServiceIT
class AnchorsIT extends ServiceIT.Base {

    @Autowired
    WebTestClient http;

    /**
     * Anchor X (named by the bank): suppliers S1 (1 hop), S2 (1 hop, already a borrower), S3 (2 hops), S4 (3 hops);
     * distributor D1 (1 hop); B1 both supplies (2 hops) and distributes (1 hop). Tiers: S1 A, S2 B, S3 B, S4 not
     * scored, D1 D, B1 C. Anchor Y was inferred and has no chain yet.
     */
    @BeforeAll
    static void graph() {
        TestNeo4j.clear();
        write("""
                CREATE (x:Company:Anchor {uscc: '9144030071526726XG', name: '深圳市示例钢构集团有限公司', program: '钢构供应链',
                                          chainBreadth: 200, chainMaxFirms: 50000, upstreamLinksNotFollowed: 1234,
                                          upstreamFirmsLeftOut: 7, downstreamLinksNotFollowed: 0,
                                          downstreamFirmsLeftOut: 0})
                CREATE (:Company:Anchor {uscc: '91110108MA0R3NT01P', name: '北京市推断锚点有限公司', anchorInferred: true})
                WITH x
                UNWIND [
                  ['91440300MA5R2PK01M', 'upstream', 1, false, 'A'], ['91440300MA5R2PK02Q', 'upstream', 1, true, 'B'],
                  ['91440300MA5R2PK03U', 'upstream', 2, false, 'B'], ['91440300MA5R2PK04Y', 'upstream', 3, false, null],
                  ['91440300MA5R2PK11N', 'upstream', 3, false, null],
                  ['91440300MA5R2PK052', 'downstream', 1, false, 'D'],
                  ['91440300MA5R2PK065', 'upstream', 2, false, 'C'], ['91440300MA5R2PK065', 'downstream', 1, false, 'C']
                ] AS m
                MERGE (c:Company {uscc: m[0]})
                SET c.riskTier = m[4]
                FOREACH (_ IN CASE WHEN m[3] THEN [1] ELSE [] END | SET c:Borrower)
                CREATE (c)-[:CHAIN_TO {direction: m[1], hops: m[2], strength: 0.5, path: [m[0], x.uscc],
                                       shares: [0.5]}]->(x)
                """);
        // scored without enough trade evidence for a tier: counted apart from the unscored
        write("MATCH (c:Company {uscc: '91440300MA5R2PK11N'}) SET c.riskStatus = 'insufficient_data'");
    }

    @Test
    void everyAnchorIsListedWithItsChainByDirectionAndHopsLargestFirst() {
        http.get()
                .uri("/api/v1/anchors")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.length()")
                .isEqualTo(2)
                .jsonPath("$[0].uscc")
                .isEqualTo("9144030071526726XG")
                .jsonPath("$[0].name")
                .isEqualTo("深圳市示例钢构集团有限公司")
                .jsonPath("$[0].program")
                .isEqualTo("钢构供应链")
                .jsonPath("$[0].inferred")
                .isEqualTo(false)
                .jsonPath("$[0].suppliers.tier1")
                .isEqualTo(2)
                .jsonPath("$[0].suppliers.tier2")
                .isEqualTo(2)
                .jsonPath("$[0].suppliers.tier3")
                .isEqualTo(2)
                .jsonPath("$[0].suppliers.total")
                .isEqualTo(6)
                .jsonPath("$[0].suppliers.firstTime")
                .isEqualTo(5)
                .jsonPath("$[0].distributors.tier1")
                .isEqualTo(2)
                .jsonPath("$[0].distributors.tier2")
                .isEqualTo(0)
                .jsonPath("$[0].distributors.total")
                .isEqualTo(2)
                .jsonPath("$[0].distributors.firstTime")
                .isEqualTo(2)
                .jsonPath("$[0].firms")
                .isEqualTo(7)
                .jsonPath("$[0].firstTime")
                .isEqualTo(6);
    }

    @Test
    void theChainsFirmsAreCountedByRiskTierEachFirmOnce() {
        http.get()
                .uri("/api/v1/anchors")
                .exchange()
                .expectBody()
                .jsonPath("$[0].tiers.A")
                .isEqualTo(1)
                .jsonPath("$[0].tiers.B")
                .isEqualTo(2)
                .jsonPath("$[0].tiers.C")
                .isEqualTo(1)
                .jsonPath("$[0].tiers.D")
                .isEqualTo(1)
                .jsonPath("$[0].tiers.insufficientData")
                .isEqualTo(1)
                .jsonPath("$[0].tiers.unscored")
                .isEqualTo(1)
                .jsonPath("$[1].tiers.A")
                .isEqualTo(0)
                .jsonPath("$[1].tiers.unscored")
                .isEqualTo(0);
    }

    @Test
    void anInferredAnchorWithoutAChainIsListedWithZeroes() {
        http.get()
                .uri("/api/v1/anchors")
                .exchange()
                .expectBody()
                .jsonPath("$[1].uscc")
                .isEqualTo("91110108MA0R3NT01P")
                .jsonPath("$[1].inferred")
                .isEqualTo(true)
                .jsonPath("$[1].program")
                .isEmpty()
                .jsonPath("$[1].suppliers.total")
                .isEqualTo(0)
                .jsonPath("$[1].firms")
                .isEqualTo(0)
                .jsonPath("$[1].firstTime")
                .isEqualTo(0);
    }

    @Test
    void whatTheBoundsOnDeeperTiersLeftOutIsShownPerSideAndUnknownBeforeAScoreRunCountedIt() {
        http.get()
                .uri("/api/v1/anchors")
                .exchange()
                .expectBody()
                .jsonPath("$[0].suppliers.bounds.breadth")
                .isEqualTo(200)
                .jsonPath("$[0].suppliers.bounds.maxFirms")
                .isEqualTo(50000)
                .jsonPath("$[0].suppliers.bounds.linksNotFollowed")
                .isEqualTo(1234)
                .jsonPath("$[0].suppliers.bounds.firmsLeftOut")
                .isEqualTo(7)
                .jsonPath("$[0].distributors.bounds.linksNotFollowed")
                .isEqualTo(0)
                .jsonPath("$[1].suppliers.bounds")
                .doesNotExist();
    }
}
