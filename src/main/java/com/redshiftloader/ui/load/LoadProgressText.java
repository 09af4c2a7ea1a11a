package com.redshiftloader.ui.load;

import com.redshiftloader.domain.load.LoadEvent;
import com.redshiftloader.domain.load.LoadException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Words a load's progress for the Load step: "12,345 rows · 3.2 MB of 10.0 MB · 45,000 rows/s · about 4 s left", and
 * "1 row" for one.
 */
final class LoadProgressText {

    private LoadProgressText() {}

    /** What went wrong, and what to do about it when the loader says. */
    static String failure(Throwable failure) {
        return failure instanceof LoadException load
                ? load.getMessage() + (load.fix().isEmpty() ? "" : System.lineSeparator() + load.fix())
                : Optional.ofNullable(failure.getMessage())
                        .orElse(failure.getClass().getSimpleName());
    }

    static String text(LoadEvent.Progress progress) {
        StringBuilder text = new StringBuilder(rows(progress.rows()));
        boolean done = progress.totalBytes() > 0 && progress.bytes() >= progress.totalBytes();
        if (progress.totalBytes() > 0) {
            text.append(" · ")
                    .append(
                            done
                                    ? size(progress.totalBytes())
                                    : size(progress.bytes()) + " of " + size(progress.totalBytes()));
        }
        if (progress.rowsPerSecond() > 0) {
            long perSecond = Math.round(progress.rowsPerSecond());
            text.append(" · %,d %s/s".formatted(perSecond, perSecond == 1 ? "row" : "rows"));
        }
        if (!done) {
            remaining(progress.remaining()).ifPresent(text::append);
        }
        return text.toString();
    }

    private static String rows(long rows) {
        return "%,d %s".formatted(rows, rows == 1 ? "row" : "rows");
    }

    static double fraction(LoadEvent.Progress progress) {
        return progress.totalBytes() > 0 ? Math.min(1.0, (double) progress.bytes() / progress.totalBytes()) : -1;
    }

    /** A size in bytes as people read it: 512 B, 3.4 KB, 12.0 MB, 1.2 GB (powers of 1,000). */
    static String size(long bytes) {
        if (bytes < 1_000) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes / 1_000.0;
        int unit = 0;
        while (value >= 1_000 && unit < units.length - 1) {
            value /= 1_000;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    private static Optional<String> remaining(Optional<Duration> remaining) {
        return remaining
                .filter(left -> left.toMillis() >= 500)
                .map(left -> left.toSeconds() < 90
                        ? " · about %d s left".formatted(Math.max(1, Math.round(left.toMillis() / 1000.0)))
                        : " · about %d min left".formatted(left.toMinutes() + 1));
    }
}
