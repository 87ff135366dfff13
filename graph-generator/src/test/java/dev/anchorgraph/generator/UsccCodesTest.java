package dev.anchorgraph.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.uscc.Uscc;
import java.util.HashSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UsccCodesTest {

    private final UsccCodes codes = new UsccCodes(new SplittableRandom(1));

    @Test
    void codesOfDifferentFirmsNeverCollideWhateverTheirStyle() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 200_000; i++) {
            var code = codes.code(i, '1', "440305", i % 3 == 0, false);
            assertThat(seen.add(code.substring(8, 17)))
                    .as("organisation code of firm %d", i)
                    .isTrue();
        }
    }

    @Test
    void codesAreWellFormedWithAValidCheckCharacterUnlessAskedOtherwise() {
        for (int i = 0; i < 1000; i++) {
            var good = new Uscc(codes.code(i, '1', "310115", i % 2 == 0, false));
            var bad = new Uscc(codes.code(i, '2', "310115", i % 2 == 0, true));
            assertThat(good.checksumValid()).isTrue();
            assertThat(bad.checksumValid()).isFalse();
            assertThat(good.value()).startsWith("91310115");
        }
    }

    @Test
    void newStyleCodesCarryMaAndOldStyleCodesTheOrganisationCodeCheckDigit() {
        assertThat(codes.code(5, '1', "440305", true, false).substring(8, 10)).isEqualTo("MA");
        var old = codes.code(5, '1', "440305", false, false).substring(8, 17);
        int[] weights = {3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (old.charAt(i) - '0') * weights[i];
        }
        int check = 11 - sum % 11;
        assertThat(old.charAt(8)).isEqualTo(check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check));
    }
}
