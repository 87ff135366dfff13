package dev.anchorgraph.service.anchor;

import dev.anchorgraph.neo4j.TestNeo4j;
import dev.anchorgraph.service.ServiceIT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

@ServiceIT
class ChainsIT extends ServiceIT.Base {

    static final String X = "9144030071526726XG", Y = "91110108MA0R3NT01P";
    static final String F = "91440300MA5R2PK01M", M = "91440300MA5R2PK02Q", G = "91440300MA5R2PK03U";

    @Autowired
    WebTestClient http;

    /**
     * F sells 40 % of its sales to M, which sells 60 % of its sales to anchor X (upstream, 2 hops, 0.24); F also
     * buys half its purchases from anchor Y (downstream, 1 hop, 0.5). G is in no chain.
     */
    @BeforeAll
    static void graph() {
        TestNeo4j.clear();
        write("""
                CREATE (x:Company:Anchor {uscc: '9144030071526726XG', name: '深圳市示例钢构集团有限公司'})
                CREATE (y:Company:Anchor {uscc: '91110108MA0R3NT01P', name: '北京市建工集团有限公司'})
                CREATE (f:Company {uscc: '91440300MA5R2PK01M', name: '深圳市甲元精密五金有限公司'})
                CREATE (:Company {uscc: '91440300MA5R2PK02Q', name: '东莞市乙丰模具有限公司'})
                CREATE (:Company {uscc: '91440300MA5R2PK03U', name: '广州市丙辰建材贸易有限公司'})
                CREATE (f)-[:CHAIN_TO {direction: 'upstream', hops: 2, strength: 0.24,
                        path: ['91440300MA5R2PK01M', '91440300MA5R2PK02Q', '9144030071526726XG'], shares: [0.4, 0.6]}]->(x)
                CREATE (f)-[:CHAIN_TO {direction: 'downstream', hops: 1, strength: 0.5,
                        path: ['91440300MA5R2PK01M', '91110108MA0R3NT01P'], shares: [0.5]}]->(y)
                """);
    }

    @Test
    void aFirmsChainsAreListedStrongestFirstHopByHopWithShares() {
        http.get()
                .uri("/api/v1/companies/{uscc}/chains", F)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.uscc")
                .isEqualTo(F)
                .jsonPath("$.name")
                .isEqualTo("深圳市甲元精密五金有限公司")
                .jsonPath("$.chains.length()")
                .isEqualTo(2)
                .jsonPath("$.chains[0].anchor.uscc")
                .isEqualTo(Y)
                .jsonPath("$.chains[0].direction")
                .isEqualTo("downstream")
                .jsonPath("$.chains[0].hops")
                .isEqualTo(1)
                .jsonPath("$.chains[0].strength")
                .isEqualTo(0.5)
                .jsonPath("$.chains[1].anchor.name")
                .isEqualTo("深圳市示例钢构集团有限公司")
                .jsonPath("$.chains[1].direction")
                .isEqualTo("upstream")
                .jsonPath("$.chains[1].hops")
                .isEqualTo(2)
                .jsonPath("$.chains[1].links.length()")
                .isEqualTo(3)
                .jsonPath("$.chains[1].links[0].uscc")
                .isEqualTo(F)
                .jsonPath("$.chains[1].links[0].share")
                .isEqualTo(0.4)
                .jsonPath("$.chains[1].links[1].uscc")
                .isEqualTo(M)
                .jsonPath("$.chains[1].links[1].name")
                .isEqualTo("东莞市乙丰模具有限公司")
                .jsonPath("$.chains[1].links[1].share")
                .isEqualTo(0.6)
                .jsonPath("$.chains[1].links[2].uscc")
                .isEqualTo(X)
                .jsonPath("$.chains[1].links[2].share")
                .isEmpty();
    }

    @Test
    void aFirmInNoChainHasAnEmptyList() {
        http.get()
                .uri("/api/v1/companies/{uscc}/chains", G)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.uscc")
                .isEqualTo(G)
                .jsonPath("$.chains.length()")
                .isEqualTo(0);
    }

    @Test
    void anUnknownFirmIsA404AndAMalformedCodeA400() {
        http.get()
                .uri("/api/v1/companies/{uscc}/chains", "91110108MA0R3NT02T")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://anchorgraph.dev/problems/company-not-found");
        http.get()
                .uri("/api/v1/companies/{uscc}/chains", "nope")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://anchorgraph.dev/problems/malformed-uscc");
    }
}
