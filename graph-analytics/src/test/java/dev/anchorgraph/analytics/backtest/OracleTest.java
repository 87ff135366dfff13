package dev.anchorgraph.analytics.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.anchorgraph.cli.UserInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OracleTest {

    @TempDir
    Path dir;

    static Backtest.Observation o(String id, int score, boolean bad) {
        return new Backtest.Observation(id, score, "A", bad);
    }

    /** The champion ranks 5 of the 6 good–bad pairs right (AUC ⅚); the pd ranks all 6 (AUC 1); the challenger 6. */
    @Test
    void eachModelsAucIsGivenAsAShareOfTheOraclesOnTheSameFirms() throws IOException {
        var file = dir.resolve("hidden-health.csv");
        Files.writeString(file, "uscc,health,pd\ng1,1,0.01\ng2,1,0.02\ng3,1,0.03\nb1,0,0.05\nb2,0,0.10\nother,0,0.5\n");
        var champion = List.of(
                o("g1", 700, false), o("g2", 650, false), o("g3", 600, false), o("b1", 620, true), o("b2", 500, true));
        var challenger =
                List.of(o("g1", 9, false), o("g2", 8, false), o("g3", 7, false), o("b1", 2, true), o("b2", 1, true));

        var oracle = Oracle.of(file, Oracle.read(file), champion, challenger);

        assertThat(oracle.firms()).isEqualTo(5);
        assertThat(oracle.auc()).isEqualTo(1.0);
        assertThat(oracle.championRatio()).isCloseTo(5.0 / 6, within(1e-12));
        assertThat(oracle.challengerRatio()).isEqualTo(1.0);
        assertThat(Oracle.of(file, Oracle.read(file), champion, null).challengerRatio())
                .isNull();
    }

    @Test
    void aBacktestedFirmWithoutAPdIsABadInput() {
        var champion = List.of(o("g1", 700, false), o("g2", 650, false), o("b1", 620, true), o("b2", 500, true));

        assertThatThrownBy(() -> Oracle.of(dir.resolve("x.csv"), Map.of("g1", 0.1), champion, null))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("no pd for g2");
    }

    @Test
    void oneDefaulterIsTooFewForAnAuc() {
        var champion = List.of(o("g1", 700, false), o("g2", 650, false), o("b1", 620, true));

        assertThatThrownBy(
                        () -> Oracle.of(dir.resolve("x.csv"), Map.of("g1", 0.1, "g2", 0.1, "b1", 0.2), champion, null))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("two defaulters");
    }
}
