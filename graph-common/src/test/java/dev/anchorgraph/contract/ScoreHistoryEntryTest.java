package dev.anchorgraph.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScoreHistoryEntryTest {

    @Test
    void aScoredRunIsReadBackAsWritten() {
        var e = new ScoreHistoryEntry("run-2026-11-30T063542Z", LocalDate.of(2026, 10, 27), "scored", "B", 612, 0.0123);
        assertThat(e.encode()).isEqualTo("run-2026-11-30T063542Z|2026-10-27|scored|B|612|0.012300");
        assertThat(ScoreHistoryEntry.parse(e.encode())).isEqualTo(e);
    }

    @Test
    void anInsufficientDataRunKeepsItsEmptyFieldsAsNulls() {
        var e = new ScoreHistoryEntry("run-1", LocalDate.of(2026, 10, 27), "insufficient_data", null, null, null);
        assertThat(e.encode()).isEqualTo("run-1|2026-10-27|insufficient_data|||");
        assertThat(ScoreHistoryEntry.parse(e.encode())).isEqualTo(e);
    }

    @Test
    void aLineWithTheWrongNumberOfFieldsIsRejected() {
        assertThatThrownBy(() -> ScoreHistoryEntry.parse("run-1|2026-10-27|scored|B|612"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScoreHistoryEntry.parse("run-1|yesterday|scored|B|612|"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
