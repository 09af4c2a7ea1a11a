package com.redshiftloader.ui.source;

import com.redshiftloader.domain.source.ScanListener;
import com.redshiftloader.ui.task.BackgroundTasks;
import java.util.function.BiConsumer;

/** Hands scan progress to the UI thread at most every 100 ms, so a fast scan does not flood it. */
final class ProgressThrottle implements ScanListener {

    private static final long INTERVAL_NANOS = 100_000_000L;

    private final BackgroundTasks tasks;
    private final BiConsumer<Double, String> show;
    private final long started = System.nanoTime();
    private long last;

    ProgressThrottle(BackgroundTasks tasks, BiConsumer<Double, String> show) {
        this.tasks = tasks;
        this.show = show;
    }

    @Override
    public void progress(long bytesRead, long totalBytes, long records) {
        long now = System.nanoTime();
        if (now - last < INTERVAL_NANOS) {
            return;
        }
        last = now;
        double fraction = totalBytes > 0 ? Math.min(1.0, (double) bytesRead / totalBytes) : -1;
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        String text = "Scanning: %,d records, %.0f MB/s".formatted(records, bytesRead / 1e6 / seconds);
        tasks.onUiThread(() -> show.accept(fraction, text));
    }
}
