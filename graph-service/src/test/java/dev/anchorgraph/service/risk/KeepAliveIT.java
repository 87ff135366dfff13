package dev.anchorgraph.service.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.neo4j.TestNeo4j;
import dev.anchorgraph.service.ServiceIT;
import dev.anchorgraph.service.TestKeys;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One keep-alive connection carrying what a bank system sends over it: answers from memory (risk), answers completed
 * on the Neo4j driver's threads (company facts, search) and instant refusals (a malformed code), one after the other.
 * Reactor Netty 1.3.6 stopped reading such a connection now and then (reactor/reactor-netty#4361, ADR 0008): about
 * one request in a hundred never got an answer.
 */
@ServiceIT
class KeepAliveIT extends ServiceIT.Base {

    private static final String SCORED = "91440300MA5R1RK01C";
    private static final int ROUNDS = 250;

    @LocalServerPort
    int port;

    @Autowired
    ScoreRuns runs;

    @BeforeAll
    static void graph() {
        TestNeo4j.clear();
        write("""
                CREATE (:ScoreRun {id: 'keep-alive-1', model: 'scorecard-v1', asOf: date('2026-10-31'),
                                   finishedAt: datetime('2026-11-01T08:30:00Z')})
                CREATE (:Company {uscc: '91440300MA5R1RK01C', name: '深圳市甲元精密五金有限公司', status: 'active',
                        riskScore: 595, riskTier: 'B', riskModel: 'scorecard-v1', riskRun: 'keep-alive-1',
                        riskAsOf: date('2026-10-31'), riskReasons: ['CHAIN_HOPS'], riskReasonPoints: [60],
                        riskReasonValues: ['1'], riskKnockouts: []})
                """);
    }

    @Test
    void aKeepAliveConnectionAnswersEveryRequestOfAMixInTurn() throws Exception {
        runs.refresh().block();
        var paths = List.of(
                "/api/v1/companies/" + SCORED + "/risk",
                "/api/v1/companies/" + SCORED,
                "/api/v1/companies/not-a-code/risk",
                "/api/v1/companies?q=" + SCORED);
        var statuses = new TreeMap<Integer, Integer>();
        // one client, requests one at a time: HTTP/1.1 keeps reusing the same connection
        try (var client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build()) {
            for (int i = 0; i < ROUNDS; i++) {
                for (var path : paths) {
                    var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .header(TestKeys.HEADER, TestKeys.ADMIN)
                            .timeout(Duration.ofSeconds(20))
                            .GET()
                            .build();
                    // a stalled connection ends here with HttpTimeoutException
                    var response = client.send(request, HttpResponse.BodyHandlers.discarding());
                    statuses.merge(response.statusCode(), 1, Integer::sum);
                }
            }
        }
        assertThat(statuses).containsExactly(Map.entry(200, 3 * ROUNDS), Map.entry(400, ROUNDS));
    }
}
