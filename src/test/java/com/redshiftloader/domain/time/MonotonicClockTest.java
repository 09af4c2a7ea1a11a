package com.redshiftloader.domain.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MonotonicClockTest {

    @Test
    void followsNanoTimeNotTheWallClock() {
        long before = System.nanoTime();
        Instant instant = MonotonicClock.INSTANCE.instant();
        long millis = MonotonicClock.INSTANCE.millis();
        long after = System.nanoTime();

        long nanos = Duration.between(Instant.EPOCH, instant).toNanos();
        assertThat(nanos).isBetween(before, after);
        assertThat(millis).isBetween(before / 1_000_000, after / 1_000_000);
    }

    @Test
    void neverGoesBack() {
        Instant previous = MonotonicClock.INSTANCE.instant();
        for (int i = 0; i < 10_000; i++) {
            Instant next = MonotonicClock.INSTANCE.instant();
            assertThat(next).isAfterOrEqualTo(previous);
            previous = next;
        }
    }
}
