package com.redshiftloader.domain.time;

import java.time.Instant;
import java.time.InstantSource;

/**
 * The clock that progress throttles, rates and time-left figures run on outside tests: {@link System#nanoTime()}
 * read as an {@link InstantSource}, so that setting the wall clock back (NTP, an admin) cannot stall progress or
 * skew a rate as {@link InstantSource#system()} would. Its instants measure intervals only: they are not dates.
 * Tests hand the throttles a clock they move by hand instead.
 */
public final class MonotonicClock implements InstantSource {

    public static final MonotonicClock INSTANCE = new MonotonicClock();

    private MonotonicClock() {}

    @Override
    public Instant instant() {
        return Instant.EPOCH.plusNanos(System.nanoTime());
    }

    /** The same time in milliseconds, without allocating an {@link Instant} (for checks made once a row). */
    @Override
    public long millis() {
        return System.nanoTime() / 1_000_000;
    }
}
