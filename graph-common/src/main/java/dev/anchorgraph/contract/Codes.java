package dev.anchorgraph.contract;

import java.util.Arrays;
import java.util.Optional;
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
        return find(type, codeOf, code)
                .orElseThrow(() -> new IllegalArgumentException("Unknown " + what + " '" + code + "': expected one of "
                        + Arrays.stream(type.getEnumConstants()).map(codeOf).collect(Collectors.joining(", "))));
    }

    /** The constant whose code is {@code code}, if any: for data that may hold values this version does not know. */
    public static <E extends Enum<E>> Optional<E> find(Class<E> type, Function<E, String> codeOf, String code) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> codeOf.apply(e).equals(code))
                .findFirst();
    }
}
