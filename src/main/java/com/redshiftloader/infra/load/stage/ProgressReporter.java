package com.redshiftloader.infra.load.stage;

import com.redshiftloader.domain.load.LoadEvent;
import com.redshiftloader.domain.load.LoadListener;
import com.redshiftloader.domain.time.MonotonicClock;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;

/**
 * Turns rows and bytes done into {@link LoadEvent.Progress} events with a rate and an ETA: the first at once, then
 * at most 4 a second, and always the last one.
 */
public final class ProgressReporter {

    private static final Duration INTERVAL = Duration.ofMillis(250);

    private final LoadListener listener;
    private final long totalBytes;
    private final InstantSource clock;
    private final Instant started;
    private Instant lastReport;

    /**
     * @param totalBytes the file's size, which the bytes done count towards
     * @param clock the time the rate and the ETA are measured in ({@link MonotonicClock} outside tests)
     */
    public ProgressReporter(LoadListener listener, long totalBytes, InstantSource clock) {
        this.listener = listener;
        this.totalBytes = totalBytes;
        this.clock = clock;
        this.started = clock.instant();
    }

    public void report(long rows, long bytes) {
        Instant now = clock.instant();
        if (lastReport == null || !now.isBefore(lastReport.plus(INTERVAL))) {
            force(rows, bytes, now);
        }
    }

    public void finish(long rows, long bytes) {
        force(rows, bytes, clock.instant());
    }

    private void force(long rows, long bytes, Instant now) {
        lastReport = now;
        double seconds = Math.max(1e-3, Duration.between(started, now).toNanos() / 1e9);
        double rate = rows / seconds;
        Optional<Duration> remaining = Optional.empty();
        if (bytes > 0 && totalBytes > bytes) {
            double bytesPerSecond = bytes / seconds;
            remaining = Optional.of(Duration.ofMillis((long) ((totalBytes - bytes) / bytesPerSecond * 1000)));
        } else if (totalBytes > 0 && bytes >= totalBytes) {
            remaining = Optional.of(Duration.ZERO);
        }
        listener.on(new LoadEvent.Progress(rows, bytes, totalBytes, rate, remaining));
    }
}
