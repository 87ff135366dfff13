package dev.anchorgraph.generator;

import java.util.List;
import java.util.random.RandomGenerator;

/** Registration status; exports spell it in English or in the registry's Chinese, so each has several labels. */
enum Status {
    ACTIVE(List.of("active", "active", "active", "active", "active", "active", "active", "存续", "存续", "在业")),
    REVOKED(List.of("revoked", "吊销")),
    CANCELLED(List.of("cancelled", "注销"));

    private final List<String> labels;

    Status(List<String> labels) {
        this.labels = labels;
    }

    String label(RandomGenerator r) {
        return Draw.pick(r, labels);
    }
}
