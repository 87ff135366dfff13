package dev.anchorgraph.service.limits;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;
import reactor.core.scheduler.Scheduler;

/**
 * A bounded number of places and a bounded, timed queue for them, without blocking a thread: {@link #enter()} gives a
 * {@link Place} at once when one is free, else waits in line (first come, first served) until one is released or
 * {@code queueTimeout} passes; with {@code maxQueued} already waiting it fails at once. Either failure is
 * {@link Refused}. Memory is bounded by {@code maxConcurrent + maxQueued} requests whatever the offered load.
 */
final class Admission {

    /** Why a request was not let in: the queue was full, or the wait too long. */
    static final class Refused extends RuntimeException {
        final boolean queueFull;

        Refused(boolean queueFull) {
            super(queueFull ? "queue full" : "queue timeout", null, false, false);
            this.queueFull = queueFull;
        }
    }

    /** A place: release it exactly once when the request is done (releasing twice is harmless). */
    final class Place {
        private final AtomicBoolean released = new AtomicBoolean();

        void release() {
            if (released.compareAndSet(false, true)) {
                handOver();
            }
        }
    }

    private final class Waiter {
        final MonoSink<Place> sink;
        final AtomicBoolean settled = new AtomicBoolean();

        Waiter(MonoSink<Place> sink) {
            this.sink = sink;
        }
    }

    private final int maxConcurrent;
    private final int maxQueued;
    private final Duration queueTimeout;
    private final Scheduler timer;
    private final ArrayDeque<Waiter> queue = new ArrayDeque<>();
    private int inUse;
    private final AtomicInteger refused = new AtomicInteger();

    Admission(int maxConcurrent, int maxQueued, Duration queueTimeout, Scheduler timer) {
        this.maxConcurrent = maxConcurrent;
        this.maxQueued = maxQueued;
        this.queueTimeout = queueTimeout;
        this.timer = timer;
    }

    /** A place now if one is free (then nobody is waiting), else null: the fast path, with no reactive plumbing. */
    Place tryEnter() {
        synchronized (this) {
            if (inUse >= maxConcurrent) {
                return null;
            }
            inUse++;
        }
        return new Place();
    }

    Mono<Place> enter() {
        return Mono.<Place>create(sink -> {
                    Waiter waiter;
                    synchronized (this) {
                        if (inUse < maxConcurrent) {
                            inUse++;
                            waiter = null;
                        } else if (queue.size() >= maxQueued) {
                            refused.incrementAndGet();
                            sink.error(new Refused(true));
                            return;
                        } else {
                            waiter = new Waiter(sink);
                            queue.addLast(waiter);
                        }
                    }
                    if (waiter == null) {
                        sink.success(new Place());
                        return;
                    }
                    var timeout = timer.schedule(
                            () -> {
                                if (waiter.settled.compareAndSet(false, true)) {
                                    remove(waiter);
                                    refused.incrementAndGet();
                                    waiter.sink.error(new Refused(false));
                                }
                            },
                            queueTimeout.toNanos(),
                            TimeUnit.NANOSECONDS);
                    sink.onCancel(() -> {
                        timeout.dispose();
                        if (waiter.settled.compareAndSet(false, true)) {
                            remove(waiter);
                        }
                    });
                    sink.onDispose(timeout::dispose);
                })
                .doOnDiscard(Place.class, Place::release);
    }

    /** A released place goes to the first one still waiting, or back to the pool. */
    private void handOver() {
        while (true) {
            Waiter next;
            synchronized (this) {
                next = queue.pollFirst();
                if (next == null) {
                    inUse--;
                    return;
                }
            }
            if (next.settled.compareAndSet(false, true)) {
                // if its client has gone meanwhile, the place is discarded and so released again (doOnDiscard)
                next.sink.success(new Place());
                return;
            }
        }
    }

    private synchronized void remove(Waiter waiter) {
        queue.remove(waiter);
    }

    synchronized int inUse() {
        return inUse;
    }

    synchronized int waiting() {
        return queue.size();
    }

    int refused() {
        return refused.get();
    }
}
