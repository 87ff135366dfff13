package dev.anchorgraph.loader.load;

import static dev.anchorgraph.loader.LoaderRun.query;
import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.loader.LoaderRun;
import dev.anchorgraph.neo4j.TestNeo4j;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/real-shaped/ownership: a group shaped like real registry extracts (invented names and codes): an overseas
 * holding company without a USCC owning the domestic investment arm, a Hong Kong company holding 55.24 % of the
 * operator, a mutual holding, capital in four currencies, seven pairs of homonymous directors.
 */
class RealShapedOwnershipIT {

    static final Path FIXTURE = Path.of("../examples/real-shaped/ownership");
    static final String OPERATOR = "91440400MA5HQ0003L";

    @TempDir
    static Path work;

    static LoaderRun run;

    @BeforeAll
    static void load() {
        TestNeo4j.clear();
        run = LoaderRun.load(FIXTURE, work, "--no-score");
    }

    @Test
    void everyRowLoads() {
        assertThat(run.exitCode()).as(run.output()).isZero();
        for (var file : run.report().get("files")) {
            if (file.get("status").asText().equals("loaded")) {
                assertThat(file.get("rejected").asLong()).as(file.toString()).isZero();
                assertThat(file.get("flagged").asLong()).as(file.toString()).isZero();
            }
        }
    }

    @Test
    void theOwnershipChainReachesTheForeignParentWithoutAUscc() {
        var chain = query("""
                MATCH p = (top:Organisation)-[:HOLDS_SHARES*]->(:Company {uscc: $operator})
                WHERE NOT ()-[:HOLDS_SHARES]->(top)
                RETURN top.name AS name, top.jurisdiction AS j, top.usccMissing AS missing,
                       [n IN nodes(p) | coalesce(n.uscc, n.key)] AS path
                ORDER BY length(p) DESC LIMIT 1
                """, Map.of("operator", OPERATOR)).getFirst();
        assertThat(chain.get("name").asString()).isEqualTo("Haiqiao Group Holdings Ltd.");
        assertThat(chain.get("j").asString()).isEqualTo("KY");
        assertThat(chain.get("missing").asBoolean()).isTrue();
        assertThat(chain.get("path").asList())
                .containsExactly(
                        "name/KY/haiqiaogroupholdingsltd", "91440300MA5HQ00019", "91440300MA5HQ0002C", OPERATOR);
    }

    @Test
    void theHongKongParentIsOneNodeHoldingTwoFirmsByItsRegistrationNumber() {
        var hk = query("""
                MATCH (o:Organisation {jurisdiction: 'HK'})-[s:HOLDS_SHARES]->(c:Company)
                RETURN o.key AS key, o.registrationNo AS no, collect(c.uscc + ':' + s.stake) AS held
                """);
        assertThat(hk).hasSize(1);
        assertThat(hk.getFirst().get("key").asString()).isEqualTo("reg/HK/2345678");
        assertThat(hk.getFirst().get("held").asList(v -> v.asString()))
                .containsExactlyInAnyOrder(OPERATOR + ":0.5524", "91440400MA5HQ0004P:0.3");
    }

    @Test
    void twoDifferentCaymanHoldersStayTwoAndAForeignCasePartyIsOneAcrossCases() {
        assertThat(query("MATCH (o:Organisation {jurisdiction: 'KY'}) RETURN count(o) AS n")
                        .getFirst()
                        .get("n")
                        .asLong())
                .isEqualTo(2);
        var party = query("""
                MATCH (o:Organisation {jurisdiction: 'SG'})-[t:PARTY_TO]->(k:Case)
                RETURN count(DISTINCT o) AS nodes, count(DISTINCT k) AS cases
                """).getFirst();
        assertThat(party.get("nodes").asLong()).isEqualTo(1);
        assertThat(party.get("cases").asLong()).isEqualTo(2);
    }

    @Test
    void theMutualHoldingLoadsBothWays() {
        assertThat(query("""
                        MATCH (a:Company {uscc: '91440300MA5HQ0005M'})-[:HOLDS_SHARES]->(b:Company {uscc: '91440300MA5HQ0006Q'}),
                              (b)-[:HOLDS_SHARES]->(a)
                        RETURN count(*) AS n
                        """).getFirst().get("n").asLong()).isEqualTo(1);
    }

    @Test
    void capitalKeepsFourCurrenciesAndTheirCnyEquivalents() {
        var capital = query("""
                MATCH (c:Company) WHERE c.registeredCapitalCurrency IS NOT NULL
                RETURN c.uscc AS u, c.registeredCapitalAmount AS amount, c.registeredCapitalCurrency AS currency,
                       c.registeredCapital AS cny
                ORDER BY u
                """);
        assertThat(capital.stream().map(r -> r.get("currency").asString()).distinct())
                .containsExactlyInAnyOrder("USD", "CNY", "EUR", "HKD");
        var operator = capital.stream()
                .filter(r -> r.get("u").asString().equals(OPERATOR))
                .findFirst()
                .orElseThrow();
        assertThat(operator.get("amount").asDouble()).isEqualTo(3_000_000.0);
        assertThat(operator.get("currency").asString()).isEqualTo("EUR");
        assertThat(operator.get("cny").asDouble())
                .isEqualTo(3_000_000 * 8.4024, org.assertj.core.data.Offset.offset(0.01));
        var hkStake = query("""
                MATCH (:Organisation {jurisdiction: 'HK'})-[s:HOLDS_SHARES]->(:Company {uscc: $operator})
                RETURN s.subscribedCapitalAmount AS amount, s.subscribedCapitalCurrency AS currency
                """, Map.of("operator", OPERATOR)).getFirst();
        assertThat(hkStake.get("amount").asDouble()).isEqualTo(10_824_311.0);
        assertThat(hkStake.get("currency").asString()).isEqualTo("USD");
    }

    @Test
    void theReportSaysWhichRatesTheCnyEquivalentsCameFromAndCountsTheConvertedValues() {
        var rates = run.report().get("fxRates");
        assertThat(rates.get("asOf").asText()).isEqualTo("2025-06-30");
        assertThat(rates.get("table").asText()).contains("fx_rates.csv");
        assertThat(run.output()).contains("CNY equivalents at the rates of 2025-06-30");
        assertThat(run.file("companies.csv")
                        .get("details")
                        .get("capital_in_EUR")
                        .asLong())
                .isPositive();
        assertThat(run.file("shareholders.csv")
                        .get("details")
                        .get("subscribed_capital_in_USD")
                        .asLong())
                .isPositive();
    }

    @Test
    void sevenPairsOfHomonymousDirectorsStayFourteenPeople() {
        var people = query("""
                MATCH (p:Person)-[:OFFICER_OF]->(:Company)
                RETURN count(DISTINCT p) AS people, count(DISTINCT p.name) AS names
                """).getFirst();
        assertThat(people.get("people").asLong()).isEqualTo(14);
        assertThat(people.get("names").asLong()).isEqualTo(7);
    }
}
