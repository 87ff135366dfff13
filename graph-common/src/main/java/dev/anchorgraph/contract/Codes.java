package dev.anchorgraph.contract;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads a stored code back into its enum constant; shared by the contract enums so they all fail the same way. */
public final class Codes {

    private Codes() {}

    /**
     * @throws IllegalArgumentException naming the kind of value and the codes it knows, when {@code code} is none of
     *                                  them ({@code null} included)
     */
    public static <E extends Enum<E>> E parse(Class<E> type, Function<E, String> codeOf, String what, String code) {
        for (var e : type.getEnumConstants()) {
            if (codeOf.apply(e).equals(code)) {
                return e;
            }
        }
        throw new IllegalArgumentException("Unknown " + what + " '" + code + "': expected one of "
                + Arrays.stream(type.getEnumConstants()).map(codeOf).collect(Collectors.joining(", ")));
    }
}
