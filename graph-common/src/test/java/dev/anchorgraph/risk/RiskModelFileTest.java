package dev.anchorgraph.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code score --model} takes a version or a model file, as {@code fit} writes one. */
class RiskModelFileTest {

    @TempDir
    Path dir;

    @Test
    void aVersionNameLoadsFromTheClasspath() {
        assertThat(RiskModel.resolve("scorecard-v2").version()).isEqualTo("scorecard-v2");
    }

    @Test
    void aJsonFileLoadsFromDisk() throws IOException {
        var text = new String(
                        RiskModel.class
                                .getClassLoader()
                                .getResourceAsStream("risk-model/scorecard-v3.json")
                                .readAllBytes(),
                        StandardCharsets.UTF_8)
                .replace("\"version\": \"scorecard-v3\"", "\"version\": \"bank-2026\"");
        var file = dir.resolve("bank.json");
        Files.writeString(file, text);

        var model = RiskModel.resolve(file.toString());

        assertThat(model.version()).isEqualTo("bank-2026");
        assertThat(model.features()).hasSameSizeAs(RiskModel.current().features());
    }

    @Test
    void aMissingFileOrAnInvalidOneIsNamed() throws IOException {
        assertThatThrownBy(() -> RiskModel.resolve(dir.resolve("none.json").toString()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("none.json");
        var bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"version\": \"x\", \"features\": [{\"feature\": \"noSuchFeature\"}]}");
        assertThatThrownBy(() -> RiskModel.resolve(bad.toString()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.json")
                .hasMessageContaining("noSuchFeature");
    }
}
