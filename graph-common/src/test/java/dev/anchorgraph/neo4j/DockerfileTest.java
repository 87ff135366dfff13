package dev.anchorgraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** No Docker engine runs where the tests do, so at least keep the Dockerfile in step with the Maven build. */
class DockerfileTest {

    @Test
    void theDockerfileCopiesEveryMavenModuleAndTheSchema() throws IOException {
        var pom = Files.readString(Path.of("../pom.xml"));
        var dockerfile = Files.readString(Path.of("../docker/Dockerfile"));
        var modules = Pattern.compile("<module>([^<]+)</module>")
                .matcher(pom)
                .results()
                .map(m -> m.group(1))
                .toList();
        assertThat(modules).isNotEmpty();
        for (var module : modules) {
            assertThat(dockerfile)
                    .contains("COPY " + module + "/pom.xml " + module + "/")
                    .contains("COPY " + module + " " + module);
        }
        assertThat(dockerfile).contains("COPY cypher cypher");
    }

    @Test
    void theImagesRunTheJarsTheBuildProduces() throws IOException {
        var dockerfile = Files.readString(Path.of("../docker/Dockerfile"));
        assertThat(Files.readString(Path.of("../graph-service/pom.xml")))
                .contains("<finalName>graph-service</finalName>");
        assertThat(Files.readString(Path.of("../graph-loader/pom.xml")))
                .contains("<finalName>graph-loader</finalName>");
        assertThat(dockerfile)
                .contains("/src/graph-service/target/graph-service.jar", "/src/graph-loader/target/graph-loader.jar")
                .contains("USER anchorgraph");
    }
}
