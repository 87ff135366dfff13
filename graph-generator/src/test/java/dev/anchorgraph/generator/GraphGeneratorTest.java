package dev.anchorgraph.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

/** The exit codes scripts rely on: they were graph-loader's when {@code generate} was one of its commands. */
class GraphGeneratorTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();

    @Test
    void generateIsTheSubcommandAndWritesTheFiles() {
        assertThat(run(
                        "generate",
                        "--output",
                        dir.toString(),
                        "--companies",
                        "50",
                        "--invoices",
                        "100",
                        "--as-of",
                        GeneratedFiles.AS_OF))
                .isZero();
        assertThat(dir.resolve("invoices.csv")).isRegularFile();
    }

    @Test
    void badOptionsExitWithTwo() {
        assertThat(run("generate", "--output", dir.toString(), "--companies", "10"))
                .isEqualTo(2);
        assertThat(run("generate", "--output", dir.toString(), "--implausible-wave", "9999"))
                .isEqualTo(2);
    }

    @Test
    void aGeneratorExceptionIsOneLineAndExitCodeTwo() {
        var cli = GraphGenerator.commandLine().addSubcommand("fail", new Failing());
        var sink = new PrintWriter(out, true);
        assertThat(cli.setOut(sink).setErr(sink).execute("fail")).isEqualTo(2);
        assertThat(out.toString()).isEqualTo("graph-generator: nothing to invoice" + System.lineSeparator());
    }

    private int run(String... args) {
        var sink = new PrintWriter(out, true);
        return GraphGenerator.commandLine().setOut(sink).setErr(sink).execute(args);
    }

    @Command(name = "fail")
    static final class Failing implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new GeneratorException("nothing to invoice");
        }
    }
}
