package dev.anchorgraph.service.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.anchorgraph.loader.GraphLoader;
import dev.anchorgraph.neo4j.TestNeo4j;
import dev.anchorgraph.service.ServiceIT;
import dev.anchorgraph.service.TestKeys;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Runs the console's browser checks ({@code e2e/console-e2e.mjs}: headless Chromium driven by playwright-core)
 * against this test's running service, on the examples/ data loaded and scored by graph-loader. Skipped only when
 * the browser tooling is absent (node, Chromium, {@code e2e/node_modules}: {@code e2e/setup.sh} installs them, and
 * .ci/run runs it). Screenshots are kept in {@code e2e/artefacts/console/}.
 */
@ServiceIT
class ConsoleE2EIT extends ServiceIT.Base {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path TARGET = Path.of("target").toAbsolutePath();

    @LocalServerPort
    int port;

    @BeforeAll
    static void examplesLoadedAndScored() {
        assumeTrue(Files.isRegularFile(ROOT.resolve("e2e/console-e2e.mjs")), "not run from the repository");
        assumeTrue(
                Files.isDirectory(ROOT.resolve("e2e/node_modules/playwright-core")),
                "playwright-core not installed (run e2e/setup.sh)");
        assumeTrue(chromium() != null, "Chromium not installed (run e2e/setup.sh)");
        assumeTrue(runs("node", "--version"), "node not installed (run e2e/setup.sh)");
        TestNeo4j.clear();
        load(ROOT.resolve("examples"));
    }

    @Test
    void theConsolePassesItsBrowserChecksOnTheExamples() throws Exception {
        var process = new ProcessBuilder("node", "e2e/console-e2e.mjs")
                .directory(ROOT.toFile())
                .redirectErrorStream(true);
        process.environment().put("CONSOLE_BASE_URL", "http://localhost:" + port);
        process.environment()
                .put("CONSOLE_ARTEFACTS", ROOT.resolve("e2e/artefacts/console").toString());
        process.environment().put("CHROMIUM", chromium());
        process.environment().put("CONSOLE_RUNNER", "1");
        // the service asks for credentials: the checks sign in as admin, and show a risk-reader what it may not see
        process.environment().put("CONSOLE_API_KEY", TestKeys.ADMIN);
        process.environment().put("CONSOLE_READER_KEY", TestKeys.RISK_READER);
        var node = process.start();
        var output = new ArrayList<String>();
        try (var in = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
                var answer =
                        new PrintWriter(new OutputStreamWriter(node.getOutputStream(), StandardCharsets.UTF_8), true)) {
            for (String line; (line = in.readLine()) != null; ) {
                System.out.println("[console-e2e] " + line);
                output.add(line);
                if (line.equals("@@raise-alert")) {
                    answer.println(raiseAlert());
                }
            }
        }
        assertThat(node.waitFor(10, TimeUnit.MINUTES))
                .as("the browser checks finish")
                .isTrue();
        assertThat(node.exitValue())
                .as("browser checks:%n%s", String.join("\n", failures(output)))
                .isZero();
    }

    /** What a daily load does: new court data, then the score step, which raises the monitoring alerts. */
    private static String raiseAlert() {
        try {
            load(ROOT.resolve("examples/next-day"));
            return "raised";
        } catch (AssertionError | RuntimeException e) {
            return "failed " + e.getMessage().replace('\n', ' ');
        }
    }

    private static void load(Path folder) {
        var out = new StringWriter();
        var loader = GraphLoader.commandLine(neo4j.settings());
        loader.setOut(new PrintWriter(out, true));
        loader.setErr(new PrintWriter(out, true));
        var exit = loader.execute(
                "load",
                "--input",
                folder.toString(),
                "--pseudonym-key-file",
                TARGET.resolve("console-e2e/pseudonym.key").toString(),
                "--report-dir",
                TARGET.resolve("console-e2e/load-" + folder.getFileName()).toString());
        assertThat(exit).as("graph-loader load %s:%n%s", folder, out).isZero();
    }

    private static List<String> failures(List<String> output) {
        return output.stream()
                .filter(l -> l.startsWith("FAIL") || l.startsWith("PENDING") || l.matches("\\d+ ok.*"))
                .toList();
    }

    private static String chromium() {
        var configured = System.getenv("CHROMIUM");
        for (var candidate : configured != null
                ? List.of(configured)
                : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean runs(String... command) {
        try {
            var process = new ProcessBuilder(command).redirectErrorStream(true).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
