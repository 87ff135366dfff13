package dev.anchorgraph.loader.cypher;

import static dev.anchorgraph.loader.LoaderRun.query;
import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.loader.LoaderRun;
import dev.anchorgraph.neo4j.TestNeo4j;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Record;

/**
 * Every file of {@code cypher/queries/} (the queries the Browser guide runs) against a loaded graph: the
 * {@code examples/} folder loaded and scored, plus a three-firm trading ring found by the fraud step, plus a shell
 * cluster flagged by hand ({@code shell_cluster} flags are written by a fraud pattern of their own). Each file must
 * return the columns its header names, and rows.
 *
 * <pre>
 *   ring:  R1 -> R2 -> R3 -> R1   about 1,000,000 a leg in 2026-05
 *   shell: S1 -> S2 -> S3          founded 2026-03, one address, one legal representative (壳法人), all flagged
 * </pre>
 */
class NamedQueriesIT {

    static final String ANCHOR = "91440300MA5DKT0014"; // 深圳市鹏城钢构集团股份有限公司
    static final String STEEL = "91440300MA5DKT0128"; // 深圳市华瑞钢材贸易有限公司, small, tier-1 supplier
    /** The value each parameter of the named queries takes here. */
    static final Map<String, Object> PARAMETERS = Map.of("anchor", ANCHOR, "firm", STEEL, "top", 10L);

    @TempDir
    static Path work;

    @BeforeAll
    static void loadTheExamplesARingAndAShellCluster() {
        TestNeo4j.clear();
        var load = LoaderRun.load(Path.of("../examples"), work);
        assertThat(load.exitCode()).as(load.output()).isZero();
        write("""
                UNWIND [['R1', 'R2', 1000000.0], ['R2', 'R3', 1002000.0], ['R3', 'R1', 1004000.0]] AS leg
                MERGE (s:Company {uscc: leg[0]}) ON CREATE SET s.name = '环' + leg[0], s.industryCode = '5164'
                MERGE (b:Company {uscc: leg[1]}) ON CREATE SET b.name = '环' + leg[1], b.industryCode = '5164'
                CREATE (s)-[:SUPPLIES {months: ['2026-05'], monthlyAmounts: [leg[2]], monthlyCounts: [1],
                        categories: ['钢材'], amount: leg[2], redAmount: 0.0, voidAmount: 0.0,
                        firstOn: date('2026-05-10'), lastOn: date('2026-05-20')}]->(b)
                """);
        var fraud = LoaderRun.run(c -> {}, null, "fraud", "--as-of", "2026-10-27");
        assertThat(fraud.exitCode()).as(fraud.output()).isZero();
        write("""
                CREATE (p:Person {id: 'PSHELL', name: '壳法人'})
                WITH p
                UNWIND [1, 2, 3] AS i
                CREATE (c:Company {uscc: 'S' + i, name: '壳' + i + '号贸易有限公司', foundedOn: date('2026-03-0' + i),
                                   address: '某市某区某路1号', registeredCapital: 10000000.0})
                CREATE (p)-[:OFFICER_OF {role: 'legal_representative'}]->(c)
                CREATE (c)-[:FLAGGED]->(:FraudFlag {key: 'S' + i + '/shell_cluster', pattern: 'shell_cluster',
                        severity: 'high', detail: 'one of 3 firms at one address with one legal representative',
                        evidence: '{}'})
                WITH collect(c) AS shells
                UNWIND [0, 1] AS i
                WITH shells[i] AS s, shells[i + 1] AS b
                CREATE (s)-[:SUPPLIES {amount: 900000.0, invoiceCount: 2, firstOn: date('2026-05-01'),
                        lastOn: date('2026-06-01')}]->(b)
                """);
    }

    static List<NamedQuery> queries() {
        return NamedQuery.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void returnsTheColumnsItsHeaderNamesAndRows(NamedQuery q) {
        var rows = run(q);
        assertThat(rows).as(q.name()).isNotEmpty();
        assertThat(rows.getFirst().keys()).as(q.name()).isEqualTo(q.columns());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void runsThroughTheCypherCommandWithItsParameters(NamedQuery q) {
        var args = new ArrayList<>(List.of("cypher", "--file", q.file().toString()));
        for (var p : q.parameters()) {
            var value = PARAMETERS.get(p);
            args.addAll(List.of("--param", value instanceof Long ? p + ":=" + value : p + "=" + value));
        }
        var run = LoaderRun.run(c -> {}, null, args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).as(q.name()).doesNotContain("-- 0 row(s)").contains(" row(s), no updates");
    }

    @Test
    void anchorsCountTheChainAsTheServiceDoes() {
        var first = run("anchors").getFirst();
        assertThat(first.get("uscc").asString()).isEqualTo(ANCHOR);
        // README walk-through: suppliers tier-1 4, tier-2 1; distributors tier-1 2, tier-2 1; 8 firms, 7 first-time
        assertThat(List.of(
                        first.get("up1").asLong(),
                        first.get("up2").asLong(),
                        first.get("down1").asLong(),
                        first.get("down2").asLong(),
                        first.get("firms").asLong(),
                        first.get("firstTime").asLong()))
                .isEqualTo(List.of(4L, 1L, 2L, 1L, 8L, 7L));
        assertThat(first.get("breadth").isNull())
                .as("the score step records its bounds on the anchor")
                .isFalse();
    }

    @Test
    void theAnchorChainRunsFromEachFirmToTheAnchorAlongTheTrade() {
        var rows = run("anchor-chain");
        assertThat(rows).hasSize(8);
        for (var r : rows) {
            var uscc = uscc(r.get("chain").asPath().nodes());
            var ends = r.get("direction").asString().equals("upstream") ? uscc : uscc.reversed();
            assertThat(ends.getFirst()).isEqualTo(r.get("uscc").asString());
            assertThat(ends.getLast()).isEqualTo(ANCHOR);
            assertThat(ends).hasSize((int) r.get("chainTier").asLong() + 1);
            if (r.get("riskStatus").asString().equals("insufficient_data")) {
                // the pilot-region firm invoiced in 1 month of 12: too little trade for a tier
                assertThat(r.get("riskTier").isNull()).isTrue();
            } else {
                assertThat(r.get("riskTier").asString()).isIn("A", "B", "C", "D");
            }
        }
        assertThat(rows).extracting(r -> r.get("uscc").asString()).contains(STEEL);
    }

    @Test
    void aSmallFirmShowsItsShareholdersOfficersAndCases() {
        var rows = run("firm-network").stream()
                .map(r -> r.get("relation").asString() + " " + r.get("who").asString() + " "
                        + r.get("detail").asString())
                .toList();
        assertThat(rows)
                .contains(
                        "shareholder 王芳 60.0%",
                        "shareholder 陈明 40.0%",
                        "officer 王芳 legal_representative",
                        "officer 陈明 supervisor",
                        "case (2025)粤0306执5678号 enforcement, enforced_party, 买卖合同纠纷",
                        "case (2025)粤0306民初12345号 civil, defendant, 买卖合同纠纷");
        assertThat(rows.getFirst()).startsWith("shareholder");
        assertThat(rows.getLast()).startsWith("case");
    }

    @Test
    void theSmallFirmsChainLeadsToItsAnchor() {
        var rows = run("firm-chain");
        assertThat(rows).hasSize(1);
        var r = rows.getFirst();
        assertThat(r.get("anchor").asString()).isEqualTo("深圳市鹏城钢构集团股份有限公司");
        assertThat(r.get("direction").asString()).isEqualTo("upstream");
        assertThat(r.get("hops").asLong()).isEqualTo(1);
        assertThat(uscc(r.get("chain").asPath().nodes())).containsExactly(STEEL, ANCHOR);
    }

    @Test
    void theRingIsShownLegByLegAsTheFraudStepFoundIt() {
        var rows = run("rings");
        assertThat(rows)
                .extracting(
                        r -> r.get("seller").asString() + ">" + r.get("buyer").asString())
                .containsExactly("环R1>环R2", "环R2>环R3", "环R3>环R1");
        assertThat(rows).extracting(r -> r.get("amount").asDouble()).containsExactly(1000000.0, 1002000.0, 1004000.0);
        assertThat(rows.getFirst().get("ring").asString()).isEqualTo("ring/R1>R2>R3");
    }

    @Test
    void theShellClusterIsShownTogetherInFoundingOrderWithItsTrade() {
        var rows = run("shell-clusters");
        assertThat(rows).extracting(r -> r.get("uscc").asString()).containsExactly("S1", "S2", "S3");
        assertThat(rows)
                .allSatisfy(r -> assertThat(r.get("representative").asString()).isEqualTo("壳法人"));
        assertThat(rows).extracting(r -> r.get("trades").size()).containsExactly(1, 1, 0);
    }

    @Test
    void theTradersOwnersAreItsTwoShareholdersWithTheirStakesAndItsStoredController() {
        var rows = run("firm-owners");
        assertThat(rows)
                .extracting(
                        r -> r.get("kind").asString() + " " + r.get("product").asDouble())
                .containsExactly("person 0.6", "person 0.4");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("hops").asInt()).isEqualTo(1);
            assertThat(r.get("controlStatus").asString()).isEqualTo("controlled");
        });
    }

    private static List<Record> run(String name) {
        return run(NamedQuery.all().stream()
                .filter(q -> q.name().equals(name))
                .findFirst()
                .orElseThrow());
    }

    private static List<Record> run(NamedQuery q) {
        var parameters = new HashMap<String, Object>();
        q.parameters().forEach(p -> parameters.put(p, PARAMETERS.get(p)));
        assertThat(parameters.values())
                .as("a fixture value for every parameter of " + q.name())
                .doesNotContainNull();
        return query(q.statement(), parameters);
    }

    private static List<String> uscc(Iterable<org.neo4j.driver.types.Node> nodes) {
        var result = new ArrayList<String>();
        nodes.forEach(n -> result.add(n.get("uscc").asString()));
        return result;
    }

    private static void write(String cypher) {
        try (var s = LoaderRun.NEO4J.driver().session(LoaderRun.NEO4J.settings().sessionConfig())) {
            s.run(cypher).consume();
        }
    }
}
