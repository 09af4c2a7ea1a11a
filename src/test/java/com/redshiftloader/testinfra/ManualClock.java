package com.redshiftloader.testinfra;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicReference;

/** A clock the test moves by hand, for the progress throttles: no test sleeps to let time pass. */
public final class ManualClock implements InstantSource {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));

    @Override
    public Instant instant() {
        return now.get();
    }

    /** Moves the clock forward. */
    public ManualClock advance(Duration step) {
        now.updateAndGet(instant -> instant.plus(step));
        return this;
    }

    /** Moves the clock forward by some milliseconds. */
    public ManualClock advanceMillis(long millis) {
        return advance(Duration.ofMillis(millis));
    }
}
