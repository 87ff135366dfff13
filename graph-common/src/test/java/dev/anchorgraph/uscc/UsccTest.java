package dev.anchorgraph.uscc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsccTest {

    @ParameterizedTest
    @ValueSource(strings = {"91110000600037341L", "9144030071526726XG", "91310000631696382C", "914403001922038216"})
    void publishedCodesPassTheChecksum(String code) {
        assertThat(Uscc.parse(code).checksumValid()).isTrue();
    }

    @Test
    void aWrongCheckCharacterFailsTheChecksumButIsStillACode() {
        var code = Uscc.parse("91110000600037341N");
        assertThat(code.checksumValid()).isFalse();
        assertThat(code.expectedCheckCharacter()).isEqualTo('L');
    }

    @Test
    void anEarlyPilotCodeThatFailsTheChecksumIsAcceptedAndFlagged() {
        assertThat(Uscc.tryParse("91350100M0001TGQXM"))
                .get()
                .extracting(Uscc::checksumValid)
                .isEqualTo(false);
    }

    @Test
    void lowerCaseAndSpacesAreNormalised() {
        assertThat(Uscc.parse(" 91110000 600037341l\u3000").value()).isEqualTo("91110000600037341L");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "not-a-code",
                "9111000060003734",
                "91110000600037341LX",
                "91110000600037341I",
                "9111000060003734OL",
                "",
                "   "
            })
    void wrongLengthOrForbiddenCharacterIsMalformed(String raw) {
        assertThat(Uscc.tryParse(raw)).isEmpty();
        assertThatThrownBy(() -> Uscc.parse(raw)).isInstanceOf(MalformedUsccException.class);
    }

    @Test
    void theProblemNamesTheOffendingCharacter() {
        assertThat(Uscc.problemWith("9111000060003734IL")).contains("'I'").contains("position 17");
    }

    @Test
    void nullIsMalformedNotANullPointer() {
        assertThat(Uscc.tryParse(null)).isEmpty();
    }
}
