package com.redshiftloader.ui.load;

import com.redshiftloader.domain.load.LoadEvent;
import java.time.Duration;
import java.util.Optional;

/** How progress is worded: "12,345 rows · 3.2 MB of 10.0 MB · 45,000 rows/s · about 4 s left". */
final class LoadProgressView {

    private LoadProgressView() {}

    static String text(LoadEvent.Progress progress) {
        StringBuilder text = new StringBuilder("%,d rows".formatted(progress.rows()));
        if (progress.totalBytes() > 0) {
            text.append(" · %.1f MB of %.1f MB".formatted(progress.bytes() / 1e6, progress.totalBytes() / 1e6));
        }
        if (progress.rowsPerSecond() > 0) {
            text.append(" · %,.0f rows/s".formatted(progress.rowsPerSecond()));
        }
        remaining(progress.remaining()).ifPresent(text::append);
        return text.toString();
    }

    static double fraction(LoadEvent.Progress progress) {
        return progress.totalBytes() > 0 ? Math.min(1.0, (double) progress.bytes() / progress.totalBytes()) : -1;
    }

    private static Optional<String> remaining(Optional<Duration> remaining) {
        return remaining.map(left -> left.toSeconds() < 90
                ? " · about %d s left".formatted(Math.max(1, left.toSeconds()))
                : " · about %d min left".formatted(left.toMinutes() + 1));
    }
}
