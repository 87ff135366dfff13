package dev.anchorgraph.loader.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PseudonymsTest {

    final Pseudonyms pseudonyms = new Pseudonyms("a test key of 32 bytes, not real".getBytes(StandardCharsets.UTF_8));

    @Test
    void theSameIdGivesTheSamePseudonymWhateverItsCaseAndSpacing() {
        assertThat(pseudonyms.of("44030119850612345x")).isEqualTo(pseudonyms.of(" 44030119850612345X "));
    }

    @Test
    void aPseudonymRevealsNothingOfTheId() {
        var id = "440301197001011234";
        assertThat(pseudonyms.of(id))
                .matches("P[0-9a-f]{24}")
                .doesNotContain("4403")
                .doesNotContain("1970");
    }

    @Test
    void anotherKeyGivesOtherPseudonymsAndAnotherCheck() {
        var other = new Pseudonyms("another key of 32 bytes, not rea".getBytes(StandardCharsets.UTF_8));
        assertThat(other.of("440301197001011234")).isNotEqualTo(pseudonyms.of("440301197001011234"));
        assertThat(other.keyCheck()).isNotEqualTo(pseudonyms.keyCheck());
    }

    @Test
    void aPersonWithoutAnIdIsOnePersonByNameInsideOneCompanyOnly() {
        var a = "91440300MA5DKT0014";
        var b = "91310000MA1GHT0564";
        assertThat(pseudonyms.ofNameIn(a, "王 伟")).isEqualTo(pseudonyms.ofNameIn(a, "王伟"));
        assertThat(pseudonyms.ofNameIn(a, "阿卜杜拉·买买提")).isEqualTo(pseudonyms.ofNameIn(a, "阿卜杜拉买买提"));
        assertThat(pseudonyms.ofNameIn(a, "王伟")).isNotEqualTo(pseudonyms.ofNameIn(b, "王伟"));
        assertThat(pseudonyms.ofNameIn(a, "王伟")).isNotEqualTo(pseudonyms.ofNameIn(a, "王玮"));
        assertThat(pseudonyms.ofNameIn(a, "王伟")).matches("P[0-9a-f]{24}").isNotEqualTo(pseudonyms.of("王伟"));
    }
}
