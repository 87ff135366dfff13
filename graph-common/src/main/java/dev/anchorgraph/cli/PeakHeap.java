package dev.anchorgraph.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;

/** The JVM's peak heap use so far: the sum of every heap pool's peak, as the benchmark reports it. */
public final class PeakHeap {

    private PeakHeap() {}

    public static long megabytes() {
        long bytes = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes >> 20;
    }
}
