package dev.anchorgraph.service.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

/**
 * The real thing: the packaged service ({@code target/graph-service.jar}, as {@code ./anchorgraph run} starts it)
 * on its embedded database, in a process of its own, and Neo4j Browser served by it, driven in headless Chromium by
 * {@code e2e/browser-check.mjs}: connect over Bolt/WebSocket, play the guide and run every block of it, run a query
 * and check its answer, save a screenshot ({@code e2e/artefacts/browser-check.png}). The Chromium part is skipped,
 * with a reason, only where Chromium, Node.js or playwright-core ({@code e2e/setup.sh} installs them) are missing.
 */
class BrowserCheckIT {

    static final Path JAR = Path.of("target/graph-service.jar");
    static final Path E2E = Path.of("../e2e").toAbsolutePath().normalize();
    static final Path WORK = Path.of("target/browser-check").toAbsolutePath();
    static final Path SCREENSHOT = E2E.resolve("artefacts/browser-check.png");

    static Process service;
    static Path data;
    static int httpPort;
    static int boltPort;
    static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startTheServiceOnItsEmbeddedDatabase() throws Exception {
        assertThat(JAR).as("the packaged service (mvn package)").isRegularFile();
        Files.createDirectories(WORK);
        data = Files.createTempDirectory(WORK, "neo4j-");
        httpPort = freePort();
        boltPort = freePort();
        var java = ProcessHandle.current().info().command().orElse("java");
        var command = List.of(
                java,
                "-Xmx512m",
                "--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow",
                "-jar",
                JAR.toString(),
                "--server.port=" + httpPort,
                "--anchorgraph.embedded.bolt-port=" + boltPort,
                "--anchorgraph.embedded.data-dir=" + data,
                "--anchorgraph.embedded.page-cache=64MB");
        var builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(WORK.resolve("service.log").toFile());
        // embedded mode: the connection variables of whoever runs the tests must not point it elsewhere
        List.of("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE", "PORT")
                .forEach(builder.environment()::remove);
        service = builder.start();
        var deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (get("/actuator/health/readiness")
                .filter(r -> r.statusCode() == 200)
                .isEmpty()) {
            assertThat(service.isAlive())
                    .as("the service is running (see %s)", WORK.resolve("service.log"))
                    .isTrue();
            assertThat(System.nanoTime())
                    .as("the service is ready within 4 minutes")
                    .isLessThan(deadline);
            Thread.sleep(500);
        }
        try (var driver = GraphDatabase.driver("bolt://127.0.0.1:" + boltPort, AuthTokens.none());
                var session = driver.session()) {
            session.run("""
                    CREATE (a:Company:Anchor:RiskTierB {uscc: 'A', name: '核心制造集团', riskTier: 'B'})
                    CREATE (s:Company:RiskTierA {uscc: 'S', name: '一级供应商', riskTier: 'A', scale: 'small'})
                    CREATE (d:Company:RiskTierC {uscc: 'D', name: '一级经销商', riskTier: 'C', scale: 'micro'})
                    CREATE (s)-[:SUPPLIES {amount: 1200000.0}]->(a)-[:SUPPLIES {amount: 800000.0}]->(d)
                    CREATE (s)-[:CHAIN_TO {direction: 'upstream', hops: 1, strength: 1.0, path: ['S', 'A'], shares: [1.0]}]->(a)
                    CREATE (d)-[:CHAIN_TO {direction: 'downstream', hops: 1, strength: 1.0, path: ['D', 'A'], shares: [1.0]}]->(a)
                    CREATE (p:Person {id: 'P1', name: '王芳'})-[:HOLDS_SHARES {stake: 0.6}]->(s)
                    CREATE (p)-[:OFFICER_OF {role: 'legal_representative'}]->(s)
                    CREATE (s)-[:PARTY_TO {role: 'defendant'}]->(:Case {caseNo: '(2025)粤0306民初1号', kind: 'civil', cause: '买卖合同纠纷'})
                    """).consume();
        }
    }

    @AfterAll
    static void stopTheServiceAndRemoveItsStore() throws Exception {
        if (service != null) {
            service.destroy();
            if (!service.waitFor(60, TimeUnit.SECONDS)) {
                service.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        if (data != null) {
            try (var files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    @Test
    void theDiscoveryDocumentAdvertisesTheBoltPortActuallyBound() {
        var discovery = get("/", "application/json").orElseThrow();
        assertThat(discovery.statusCode()).isEqualTo(200);
        assertThat(discovery.body()).contains("\"bolt_direct\":\"bolt://127.0.0.1:" + boltPort + "\"");
    }

    @Test
    void neo4jBrowserIsServedFromItsJar() {
        var index = get("/browser/", "text/html").orElseThrow();
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).contains("<title>Neo4j Browser</title>");
        var redirect = get("/browser?cmd=play").orElseThrow();
        assertThat(redirect.statusCode()).isEqualTo(308);
        assertThat(redirect.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/browser/?cmd=play"));
        var script = index.body().replaceAll("(?s).*<script src=\"(app-[^\"]+\\.js)\".*", "$1");
        assertThat(get("/browser/" + script).orElseThrow().statusCode()).isEqualTo(200);
    }

    @Test
    void chromiumConnectsPlaysTheGuideAndRunsAQuery() throws Exception {
        var chromium = Path.of(Optional.ofNullable(System.getenv("CHROMIUM")).orElse("/usr/bin/chromium"));
        var node = onPath("node");
        assumeTrue(Files.isExecutable(chromium), "no Chromium at " + chromium + " (e2e/setup.sh installs it)");
        assumeTrue(node.isPresent(), "no node on the PATH (e2e/setup.sh installs it)");
        assumeTrue(
                Files.isDirectory(E2E.resolve("node_modules/playwright-core")),
                "no playwright-core in e2e/node_modules (e2e/setup.sh, or npm ci --prefix e2e)");
        Files.deleteIfExists(SCREENSHOT);
        var command = new ArrayList<>(List.of(
                node.get().toString(),
                "browser-check.mjs",
                "--base",
                "http://localhost:" + httpPort,
                "--bolt",
                "bolt://127.0.0.1:" + boltPort,
                "--guide",
                "--query",
                "MATCH (c:Company) RETURN count(c) AS companies",
                "--expect",
                "3",
                "--screenshot",
                SCREENSHOT.toString()));
        var check = new ProcessBuilder(command)
                .directory(E2E.toFile())
                .redirectErrorStream(true)
                .redirectOutput(WORK.resolve("browser-check.log").toFile())
                .start();
        var finished = check.waitFor(6, TimeUnit.MINUTES);
        if (!finished) {
            check.destroyForcibly();
        }
        var log = Files.readString(WORK.resolve("browser-check.log"));
        System.out.println(log);
        assertThat(finished).as("the check finishes within 6 minutes").isTrue();
        assertThat(check.exitValue()).as(log).isZero();
        assertThat(log)
                .contains(
                        "ok   connected over Bolt/WebSocket",
                        "ok   every block of the guide ran",
                        "ok   the result shows 3",
                        "\"ok\":true");
        assertThat(SCREENSHOT).isRegularFile();
        assertThat(Files.size(SCREENSHOT)).isGreaterThan(20_000);
    }

    static Optional<HttpResponse<String>> get(String path) {
        return get(path, "*/*");
    }

    static Optional<HttpResponse<String>> get(String path, String accept) {
        try {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
                    .header("Accept", accept)
                    .timeout(Duration.ofSeconds(10))
                    .build();
            return Optional.of(HTTP.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    static Optional<Path> onPath(String program) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, program))
                .filter(Files::isExecutable)
                .findFirst();
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
