package dev.anchorgraph.loader.litigation;

import java.text.Normalizer;

/**
 * Case numbers as one key: court systems write {@code （2024）粤0305民初12345号} with full-width brackets as often
 * as with half-width ones, sometimes with spaces. NFKC folds full-width to half-width; spaces are dropped.
 */
final class CaseNumbers {

    private CaseNumbers() {}

    static String normalise(String raw) {
        return Normalizer.normalize(raw, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }
}
