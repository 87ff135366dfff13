package dev.anchorgraph.analytics.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationTest {

    /**
     * Two buckets. Fitting: 3 in bucket 0, 1 in bucket 1; hold-out: 1 and 3. With 0.5 added to each count the shares
     * are 3.5/5 = 0.7 and 1.5/5 = 0.3, then 0.3 and 0.7: PSI = (0.3 − 0.7) ln(0.3/0.7) + (0.7 − 0.3) ln(0.7/0.3)
     * = 0.8 × ln(7/3) = 0.677838.
     */
    @Test
    void psiByHand() {
        assertThat(Validation.psi(List.of(0, 0, 0, 1), List.of(0, 1, 1, 1))).isCloseTo(0.677838, within(1e-6));
        assertThat(Validation.psi(List.of(0, 1), List.of(1, 0))).isZero();
    }
}
