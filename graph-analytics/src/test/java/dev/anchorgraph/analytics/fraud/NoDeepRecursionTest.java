package dev.anchorgraph.analytics.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * JGraphT's strongly-connected-component inspectors recurse once per vertex on the depth-first path; on a real trade
 * graph (one giant component) they overflow the thread stack. Neither program may use them: {@link StrongComponents}
 * is the iterative replacement.
 */
class NoDeepRecursionTest {

    static final List<String> RECURSIVE = List.of(
            "org.jgrapht.alg.connectivity.GabowStrongConnectivityInspector",
            "org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector");

    @Test
    void noProductionCodeUsesAJGraphTInspectorThatRecursesPerVertex() throws IOException {
        var root = Path.of("").toAbsolutePath().getParent();
        var offenders = Stream.of("graph-loader", "graph-analytics", "graph-generator", "graph-service", "graph-common")
                .map(module -> root.resolve(module).resolve("src/main/java"))
                .filter(Files::isDirectory)
                .flatMap(NoDeepRecursionTest::javaFiles)
                .filter(file -> RECURSIVE.stream().anyMatch(read(file)::contains))
                .map(Path::toString)
                .toList();
        assertThat(root.resolve("graph-analytics/src/main/java/dev/anchorgraph/analytics/fraud"))
                .isDirectory();
        assertThat(offenders).isEmpty();
    }

    private static Stream<Path> javaFiles(Path dir) {
        try (var files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
