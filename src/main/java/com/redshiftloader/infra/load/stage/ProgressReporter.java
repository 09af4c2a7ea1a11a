package com.redshiftloader.infra.load.stage;

import com.redshiftloader.domain.load.LoadEvent;
import com.redshiftloader.domain.load.LoadListener;
import java.time.Duration;
import java.util.Optional;

/** Turns rows and bytes done into {@link LoadEvent.Progress} events with a rate and an ETA, at most 4 a second. */
public final class ProgressReporter {

    private static final long INTERVAL_NANOS = 250_000_000L;

    private final LoadListener listener;
    private final long totalBytes;
    private final long started = System.nanoTime();
    private long lastReport;

    public ProgressReporter(LoadListener listener, long totalBytes) {
        this.listener = listener;
        this.totalBytes = totalBytes;
    }

    public void report(long rows, long bytes) {
        long now = System.nanoTime();
        if (now - lastReport >= INTERVAL_NANOS) {
            force(rows, bytes, now);
        }
    }

    public void finish(long rows, long bytes) {
        force(rows, bytes, System.nanoTime());
    }

    private void force(long rows, long bytes, long now) {
        lastReport = now;
        double seconds = Math.max(1e-3, (now - started) / 1e9);
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
