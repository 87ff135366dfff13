package dev.anchorgraph.service.group;

import dev.anchorgraph.neo4j.TestNeo4j;
import dev.anchorgraph.service.ServiceIT;
import dev.anchorgraph.service.TestKeys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A group as the ownership pass stores it: three members under a Hong Kong holding company, two of them borrowers
 * (one without an amount), one a dishonest debtor; a firm of another group stays out.
 */
@ServiceIT
class GroupApiIT extends ServiceIT.Base {

    static final String GROUP = "G0123456789abcdef";

    @Autowired
    WebTestClient http;

    @BeforeAll
    static void group() {
        TestNeo4j.clear();
        write("""
                UNWIND [
                  ['91440300MA5R3GP01A', '美涂涂料（深圳）有限公司', 'B', 610, 0.012, [], true, 3000000.0, 1.0],
                  ['91441900MA4UPL0239', '东莞市美涂涂料有限公司', 'D', 455, 0.081, ['DISHONEST_DEBTOR'], true, 1500000.0, 0.5524],
                  ['91440300MA5R3GP03H', '深圳市美涂贸易有限公司', null, null, null, [], true, null, 0.7],
                  ['91440300MA5R3GP04L', '深圳市美涂物流有限公司', null, null, null, [], false, null, 1.0]
                ] AS m
                CREATE (c:Company {uscc: m[0], name: m[1], riskTier: m[2], riskScore: m[3], riskPd: m[4],
                                   riskKnockouts: m[5], groupId: $group, groupSize: 4, controlStatus: 'controlled',
                                   actualController: 'O-HK-0001', actualControllerKind: 'organisation',
                                   actualControllerName: '美涂控股（香港）有限公司', controllerStake: m[8]})
                SET c.riskStatus = CASE WHEN m[2] IS NULL THEN 'insufficient_data' ELSE 'scored' END,
                    c.outstanding = m[7]
                FOREACH (_ IN CASE WHEN m[6] THEN [1] ELSE [] END | SET c:Borrower, c.lender = '中国工商银行东莞分行')
                WITH 1 AS one LIMIT 1
                CREATE (:Company {uscc: '91440300MA5R3GP05P', name: '别的集团成员', groupId: 'Gfedcba9876543210',
                                  outstanding: 9.9E7})
                """.replace("$group", "'" + GROUP + "'"));
    }

    @Test
    void aGroupListsItsMembersLargestExposureFirstWithItsTotalAndWarnings() {
        http.get()
                .uri("/api/v1/groups/{id}", GROUP)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.size")
                .isEqualTo(4)
                .jsonPath("$.controller.name")
                .isEqualTo("美涂控股（香港）有限公司")
                .jsonPath("$.controller.kind")
                .isEqualTo("organisation")
                .jsonPath("$.exposure")
                .isEqualTo(4500000.0)
                .jsonPath("$.currency")
                .isEqualTo("CNY")
                .jsonPath("$.borrowers")
                .isEqualTo(3)
                .jsonPath("$.borrowersWithAmount")
                .isEqualTo(2)
                .jsonPath("$.knockedOut")
                .isEqualTo(1)
                .jsonPath("$.tiers.B")
                .isEqualTo(1)
                .jsonPath("$.tiers.D")
                .isEqualTo(1)
                .jsonPath("$.tiers.insufficient_data")
                .isEqualTo(2)
                .jsonPath("$.members[0].uscc")
                .isEqualTo("91440300MA5R3GP01A")
                .jsonPath("$.members[1].knockouts[0]")
                .isEqualTo("DISHONEST_DEBTOR")
                .jsonPath("$.members[1].controllerStake")
                .isEqualTo(0.5524)
                .jsonPath("$.membersLeftOut")
                .isEqualTo(0);
    }

    @Test
    void aLimitShowsFewerMembersAndCountsTheRestButNotInTheTotals() {
        http.get()
                .uri("/api/v1/groups/{id}?limit=1", GROUP)
                .exchange()
                .expectBody()
                .jsonPath("$.members.length()")
                .isEqualTo(1)
                .jsonPath("$.membersLeftOut")
                .isEqualTo(3)
                .jsonPath("$.exposure")
                .isEqualTo(4500000.0);
    }

    @Test
    void anUnknownGroupIsA404AndAMalformedIdA400() {
        http.get()
                .uri("/api/v1/groups/{id}", "G0000000000000000")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://anchorgraph.dev/problems/group-not-found");
        http.get()
                .uri("/api/v1/groups/{id}", "not-a-group")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].parameter")
                .isEqualTo("id");
    }

    @Test
    void aRiskReaderMayReadAGroup() {
        http.mutate()
                .defaultHeader(TestKeys.HEADER, TestKeys.RISK_READER)
                .build()
                .get()
                .uri("/api/v1/groups/{id}", GROUP)
                .exchange()
                .expectStatus()
                .isOk();
    }
}
