package dev.anchorgraph.loader.bulk;

import java.time.Duration;
import java.util.Locale;

/**
 * Wall time and this process's CPU time (all threads, the embedded database's too) per phase of a bulk load. On a
 * shared machine the CPU time says more than the wall time, which other processes stretch.
 */
final class Stopwatch {

    private final long startWall = System.nanoTime();
    private final long startCpu = cpu();
    private long wall = startWall;
    private long cpu = startCpu;

    /** Time since the previous lap (or the start), e.g. {@code 12.3 s (CPU 20.1 s)}; starts the next lap. */
    String lap() {
        long nowWall = System.nanoTime();
        long nowCpu = cpu();
        var text = format(nowWall - wall, nowCpu - cpu);
        wall = nowWall;
        cpu = nowCpu;
        return text;
    }

    /** Time since the start. */
    String total() {
        return format(System.nanoTime() - startWall, cpu() - startCpu);
    }

    private static String format(long wallNanos, long cpuNanos) {
        return cpuNanos < 0
                ? String.format(Locale.ROOT, "%.1f s", wallNanos / 1e9)
                : String.format(Locale.ROOT, "%.1f s (CPU %.1f s)", wallNanos / 1e9, cpuNanos / 1e9);
    }

    /** The process's CPU time so far, or -1 where the platform does not say. */
    private static long cpu() {
        return ProcessHandle.current()
                .info()
                .totalCpuDuration()
                .map(Duration::toNanos)
                .orElse(-1L);
    }
}
