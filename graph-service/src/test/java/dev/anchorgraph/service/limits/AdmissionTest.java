package dev.anchorgraph.service.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.test.scheduler.VirtualTimeScheduler;

class AdmissionTest {

    final VirtualTimeScheduler clock = VirtualTimeScheduler.create();
    final Admission admission = new Admission(2, 2, Duration.ofSeconds(2), clock);

    @Test
    void placesAreGivenAtOnceWhileThereAreFreeOnes() {
        assertThat(admission.enter().block()).isNotNull();
        assertThat(admission.enter().block()).isNotNull();
        assertThat(admission.inUse()).isEqualTo(2);
        assertThat(admission.waiting()).isZero();
    }

    @Test
    void aRequestWaitsInLineAndGetsTheFirstPlaceReleased() {
        var first = admission.enter().block();
        admission.enter().block();
        var got = new ArrayList<Admission.Place>();
        admission.enter().subscribe(got::add);
        admission.enter().subscribe(got::add);
        assertThat(admission.waiting()).isEqualTo(2);
        assertThat(got).isEmpty();

        first.release();
        assertThat(got).hasSize(1);
        assertThat(admission.inUse()).isEqualTo(2);
        assertThat(admission.waiting()).isOne();
    }

    @Test
    void withTheLineFullARequestIsRefusedAtOnce() {
        fill();
        admission.enter().subscribe();
        admission.enter().subscribe();
        var error = new AtomicReference<Throwable>();
        admission.enter().subscribe(p -> {}, error::set);
        assertThat(error.get()).isInstanceOf(Admission.Refused.class);
        assertThat(((Admission.Refused) error.get()).queueFull).isTrue();
        assertThat(admission.refused()).isOne();
    }

    @Test
    void aRequestThatWaitsTooLongIsRefusedAndLeavesTheLine() {
        var places = fill();
        var error = new AtomicReference<Throwable>();
        admission.enter().subscribe(p -> {}, error::set);
        clock.advanceTimeBy(Duration.ofMillis(1999));
        assertThat(error.get()).isNull();
        clock.advanceTimeBy(Duration.ofMillis(1));
        assertThat(error.get()).isInstanceOf(Admission.Refused.class);
        assertThat(((Admission.Refused) error.get()).queueFull).isFalse();
        assertThat(admission.waiting()).isZero();

        places[0].release();
        places[1].release();
        assertThat(admission.inUse())
                .as("no place went to the request that gave up")
                .isZero();
    }

    @Test
    void aClientThatGoesAwayWhileWaitingLeavesTheLine() {
        var places = fill();
        Disposable waiting = admission.enter().subscribe();
        assertThat(admission.waiting()).isOne();
        waiting.dispose();
        assertThat(admission.waiting()).isZero();
        places[0].release();
        assertThat(admission.inUse()).isOne();
    }

    @Test
    void releasingAPlaceTwiceFreesItOnce() {
        var places = fill();
        places[0].release();
        places[0].release();
        assertThat(admission.inUse()).isOne();
    }

    private Admission.Place[] fill() {
        return new Admission.Place[] {
            admission.enter().block(), admission.enter().block()
        };
    }
}
