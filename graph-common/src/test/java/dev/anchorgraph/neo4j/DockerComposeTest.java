package dev.anchorgraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * No Docker engine runs where the tests do; {@code docker-compose config} parses and checks the compose file without
 * one (Debian package {@code docker-compose}).
 */
class DockerComposeTest {

    static final Path COMPOSE = Path.of("../docker/docker-compose.yml");

    @Test
    void theComposeFileIsValidWithEveryProfile() throws Exception {
        var binary = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, "docker-compose"))
                .filter(Files::isExecutable)
                .findFirst();
        assumeTrue(binary.isPresent(), "no docker-compose on the PATH (Debian package docker-compose)");
        var builder = new ProcessBuilder(
                        binary.get().toString(), "-f", COMPOSE.toString(), "--profile", "tools", "config", "-q")
                .redirectErrorStream(true);
        builder.environment().put("NEO4J_PASSWORD", "only-for-the-check");
        builder.environment().put("ANCHORGRAPH_SECURITY_API_KEYS", "sha256:0000:admin:only-for-the-check");
        var process = builder.start();
        var output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }

    @Test
    void theDemoJobRunsTheScriptTheLoaderImageCarriesAndSharesTheKeyVolume() throws IOException {
        var compose = Files.readString(COMPOSE);
        var dockerfile = Files.readString(Path.of("../docker/Dockerfile"));
        assertThat(compose).contains("entrypoint: [\"/app/load-demo.sh\"]").contains("restart: \"no\"");
        assertThat(dockerfile).contains("COPY --chmod=755 docker/load-demo.sh /app/load-demo.sh");
        // both loader services keep the pseudonym key in one volume (a database refuses loads with another key),
        // and the generator writes its data sets there for them to load
        assertThat(compose.split("- loader-data:/app/data", -1)).hasSize(4);
        var script = Files.readString(Path.of("../docker/load-demo.sh"));
        assertThat(script).contains("loader generate --output", "loader load --input");
    }
}
