package dev.anchorgraph.service.memo;

import dev.anchorgraph.neo4j.TestNeo4j;
import dev.anchorgraph.service.ServiceIT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The memo's facts for a borrower scored as of 2026-10-27 (window 2025-11 to 2026-10): it sells 100,000 a month to
 * its anchor over 13 months (the first outside the window), 300,000 once to a small buyer, buys 50,000 from the
 * anchor; two court cases; two runs in its score history. And a firm with nothing of that.
 */
@ServiceIT
class MemoApiIT extends ServiceIT.Base {

    static final String BORROWER = "91441900MA4UPL0239";

    @Autowired
    WebTestClient http;

    @BeforeAll
    static void graph() {
        TestNeo4j.clear();
        write("""
                CREATE (a:Company:Anchor {uscc: '91440300MA5DKT0014', name: '深圳市鹏城钢构集团股份有限公司', scale: 'large'})
                CREATE (b:Company:Borrower {uscc: '91441900MA4UPL0239', name: '东莞市美涂涂料有限公司', scale: 'small',
                        lender: '中国工商银行东莞分行', firstLoanOn: date('2023-05-20'), riskAsOf: date('2026-10-27'),
                        stableLargeBuyers: 1, stableBuyerSales12: 1200000.0,
                        riskHistory: ['run-2|2026-10-27|scored|B|610|', 'run-1|2026-09-30|insufficient_data|||']})
                CREATE (s:Company {uscc: '91440300MA5EBT0345', name: '深圳市固联紧固件有限公司', scale: 'small', largeBuyer: false})
                CREATE (:Company {uscc: '91350100MA2XYW0452', name: '福州闽江矿产品有限公司'})
                WITH a, b, s, ['2025-10','2025-11','2025-12','2026-01','2026-02','2026-03','2026-04','2026-05','2026-06',
                               '2026-07','2026-08','2026-09','2026-10'] AS months
                CREATE (b)-[:SUPPLIES {months: months, monthlyAmounts: [m IN months | 100000.0],
                        monthlyCounts: [m IN months | 1]}]->(a)
                CREATE (b)-[:SUPPLIES {months: ['2026-10'], monthlyAmounts: [300000.0], monthlyCounts: [2]}]->(s)
                CREATE (a)-[:SUPPLIES {months: ['2026-05'], monthlyAmounts: [50000.0], monthlyCounts: [1]}]->(b)
                CREATE (b)-[:PARTY_TO {role: 'defendant'}]->(:Case {caseNo: '（2026）粤1971民初88号', court: '东莞市第一人民法院',
                        cause: '运输合同纠纷', kind: 'civil', filedOn: date('2026-10-20'), amount: 86000.0, status: 'open'})
                CREATE (b)-[:PARTY_TO {role: 'plaintiff'}]->(:Case {caseNo: '(2025)粤1971民初12号', court: '东莞市第一人民法院',
                        cause: '买卖合同纠纷', kind: 'civil', filedOn: date('2025-04-10'), closedOn: date('2025-09-30'),
                        status: 'closed'})
                """);
    }

    @Test
    void aBorrowerShowsItsLender() {
        memo(BORROWER)
                .jsonPath("$.borrower.borrower")
                .isEqualTo(true)
                .jsonPath("$.borrower.lender")
                .isEqualTo("中国工商银行东莞分行")
                .jsonPath("$.borrower.firstLoanOn")
                .isEqualTo("2023-05-20");
    }

    @Test
    void casesComeNewestFirstWithDatesCauseAmountStatusAndTheFirmsRole() {
        memo(BORROWER)
                .jsonPath("$.casesTotal")
                .isEqualTo(2)
                .jsonPath("$.cases[0].caseNo")
                .isEqualTo("（2026）粤1971民初88号")
                .jsonPath("$.cases[0].role")
                .isEqualTo("defendant")
                .jsonPath("$.cases[0].cause")
                .isEqualTo("运输合同纠纷")
                .jsonPath("$.cases[0].amount")
                .isEqualTo(86000.0)
                .jsonPath("$.cases[0].status")
                .isEqualTo("open")
                .jsonPath("$.cases[1].filedOn")
                .isEqualTo("2025-04-10")
                .jsonPath("$.cases[1].closedOn")
                .isEqualTo("2025-09-30")
                .jsonPath("$.cases[1].role")
                .isEqualTo("plaintiff");
    }

    @Test
    void tradeCountsTheTwelveMonthsEndingWithTheAsOfMonth() {
        memo(BORROWER)
                .jsonPath("$.trade.fromMonth")
                .isEqualTo("2025-11")
                .jsonPath("$.trade.toMonth")
                .isEqualTo("2026-10")
                .jsonPath("$.trade.sales")
                .isEqualTo(1_500_000.0)
                .jsonPath("$.trade.stableLargeBuyers")
                .isEqualTo(1)
                .jsonPath("$.trade.anchors.length()")
                .isEqualTo(1)
                .jsonPath("$.trade.anchors[0].sales")
                .isEqualTo(1_200_000.0)
                .jsonPath("$.trade.anchors[0].purchases")
                .isEqualTo(50_000.0)
                .jsonPath("$.trade.largeBuyers.length()")
                .isEqualTo(1)
                .jsonPath("$.trade.largeBuyers[0].uscc")
                .isEqualTo("91440300MA5DKT0014")
                .jsonPath("$.trade.largeBuyers[0].share")
                .isEqualTo(0.8)
                .jsonPath("$.trade.largeBuyers[0].activeMonths")
                .isEqualTo(12);
    }

    @Test
    void theScoreHistoryComesNewestFirstWithNullsForInsufficientData() {
        memo(BORROWER)
                .jsonPath("$.scoreHistory.length()")
                .isEqualTo(2)
                .jsonPath("$.scoreHistory[0].run")
                .isEqualTo("run-2")
                .jsonPath("$.scoreHistory[0].tier")
                .isEqualTo("B")
                .jsonPath("$.scoreHistory[0].score")
                .isEqualTo(610)
                .jsonPath("$.scoreHistory[0].pd")
                .doesNotExist()
                .jsonPath("$.scoreHistory[1].status")
                .isEqualTo("insufficient_data")
                .jsonPath("$.scoreHistory[1].score")
                .doesNotExist();
    }

    @Test
    void aFirmWithoutLoansCasesTradeOrScoresHasAnEmptyMemo() {
        memo("91350100MA2XYW0452")
                .jsonPath("$.borrower.borrower")
                .isEqualTo(false)
                .jsonPath("$.cases.length()")
                .isEqualTo(0)
                .jsonPath("$.trade.fromMonth")
                .doesNotExist()
                .jsonPath("$.trade.sales")
                .isEqualTo(0.0)
                .jsonPath("$.scoreHistory.length()")
                .isEqualTo(0);
    }

    @Test
    void anUnknownFirmIsA404Problem() {
        http.get()
                .uri("/api/v1/companies/91110000600037341L/memo")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://anchorgraph.dev/problems/company-not-found");
    }

    private WebTestClient.BodyContentSpec memo(String uscc) {
        return http.get()
                .uri("/api/v1/companies/{uscc}/memo", uscc)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody();
    }
}
