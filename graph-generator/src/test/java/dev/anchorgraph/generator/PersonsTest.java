package dev.anchorgraph.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class PersonsTest {

    private final Persons persons = new Persons(42);

    @Test
    void nationalIdsAreUniqueEighteenCharactersWithAValidCheckCharacter() {
        var seen = new HashSet<String>();
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        for (int p = 0; p < 100_000; p++) {
            var id = persons.id(p);
            assertThat(id).matches("[0-9]{17}[0-9X]");
            assertThat(seen.add(id)).isTrue();
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += (id.charAt(i) - '0') * weights[i];
            }
            assertThat(id.charAt(17)).isEqualTo("10X98765432".charAt(sum % 11));
        }
    }

    @Test
    void aPersonIsTheSameWheneverAskedFor() {
        assertThat(persons.id(123)).isEqualTo(new Persons(42).id(123));
        assertThat(persons.name(123)).isEqualTo(new Persons(42).name(123)).hasSizeBetween(2, 3);
    }
}
