package com.redshiftloader.ui.source;

import com.redshiftloader.domain.source.ScanListener;
import com.redshiftloader.ui.common.UiCounts;
import com.redshiftloader.ui.task.BackgroundTasks;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.function.BiConsumer;

/** Hands scan progress to the UI thread at most every 100 ms, so a fast scan does not flood it. */
final class ProgressThrottle implements ScanListener {

    static final Duration INTERVAL = Duration.ofMillis(100);

    private final InstantSource clock;
    private final BackgroundTasks tasks;
    private final BiConsumer<Double, String> show;
    private final Instant started;
    private Instant last;

    ProgressThrottle(InstantSource clock, BackgroundTasks tasks, BiConsumer<Double, String> show) {
        this.clock = clock;
        this.tasks = tasks;
        this.show = show;
        this.started = clock.instant();
    }

    @Override
    public void progress(long bytesRead, long totalBytes, long records) {
        Instant now = clock.instant();
        if (last != null && Duration.between(last, now).compareTo(INTERVAL) < 0) {
            return;
        }
        last = now;
        double fraction = totalBytes > 0 ? Math.min(1.0, (double) bytesRead / totalBytes) : -1;
        double seconds = Math.max(1e-3, Duration.between(started, now).toNanos() / 1e9);
        String text = "Scanning: %s, %.0f MB/s".formatted(UiCounts.of(records, "record"), bytesRead / 1e6 / seconds);
        tasks.onUiThread(() -> show.accept(fraction, text));
    }
}
