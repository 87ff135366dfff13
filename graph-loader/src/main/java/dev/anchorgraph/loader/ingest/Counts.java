package dev.anchorgraph.loader.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The element-wise sum of {@link WriteStep.AddCounts}, in Java: what the Cypher's list comprehension gives. */
final class Counts {

    private Counts() {}

    /** @param before the property's list, or {@code null}; {@code added}: a list of numbers, an int[] or a long[] */
    static List<Long> add(List<?> before, Object added) {
        var numbers = numbers(added);
        var sum = new ArrayList<Long>(numbers.size());
        for (int d = 0; d < numbers.size(); d++) {
            var old = before == null || d >= before.size() ? null : (Number) before.get(d);
            sum.add((old == null ? 0 : old.longValue()) + numbers.get(d).longValue());
        }
        return sum;
    }

    private static List<? extends Number> numbers(Object added) {
        return switch (added) {
            case int[] ints -> Arrays.stream(ints).boxed().toList();
            case long[] longs -> Arrays.stream(longs).boxed().toList();
            case List<?> list -> list.stream().map(Number.class::cast).toList();
            default -> throw new IllegalArgumentException("Not a list of counts: " + added);
        };
    }
}
