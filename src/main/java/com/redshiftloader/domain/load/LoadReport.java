package com.redshiftloader.domain.load;

import com.redshiftloader.domain.sql.TableName;
import com.redshiftloader.domain.text.Counts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * What a finished load did.
 *
 * @param tableRowsBefore the rows the target held when the load began (0 for a table it created), or {@link
 *     #UNKNOWN_ROWS}
 * @param tableRowsAfter the rows it held at the end of the load (for a dry run: what it would have held), or {@link
 *     #UNKNOWN_ROWS}. A load that locks the table counts both in its transaction; an append, which must not read the
 *     table it appends to, counts it once after its commit.
 */
public record LoadReport(
        TableName target,
        LoadMode mode,
        LoadPath path,
        long rowsRead,
        long rowsInserted,
        long rowsUpdated,
        long rowsRejected,
        Duration duration,
        Optional<Path> rejectsFile,
        boolean dryRun,
        long tableRowsBefore,
        long tableRowsAfter) {

    /** A row count that could not be read. */
    public static final long UNKNOWN_ROWS = -1;

    /** Rows that went into the table (inserted or updated): those read, less those rejected. */
    public long rowsLoaded() {
        return rowsRead - rowsRejected;
    }

    /**
     * The one-line summary both the command line and the window show, and the run history keeps, e.g. {@code Loaded
     * 1,000 rows into public.orders (990 inserted, 0 updated) in 2.1 s; 10 rows rejected to orders.csv.rejects.csv}.
     */
    public String summary() {
        return summary(Locale.ROOT);
    }

    /** The same summary with the counts grouped as the locale groups digits (the window's). */
    public String summary(Locale locale) {
        String text = String.format(
                locale,
                "%s %s into %s (%,d inserted, %,d updated) in %s",
                dryRun ? "Dry run: would load" : "Loaded",
                Counts.of(locale, rowsLoaded(), "row", "rows"),
                target,
                rowsInserted,
                rowsUpdated,
                durationText());
        if (rowsRejected > 0) {
            text += "; " + Counts.of(locale, rowsRejected, "row", "rows") + " rejected to "
                    + rejectsFile.map(Object::toString).orElse("the rejects file");
        }
        return dryRun ? text + "; nothing was changed" : text;
    }

    /** The target's rows before and after, e.g. {@code public.orders: 1,000 → 2,000 rows}. */
    public String tableRowsText(Locale locale) {
        if (tableRowsBefore == UNKNOWN_ROWS || tableRowsAfter == UNKNOWN_ROWS) {
            return target + ": its row count could not be read";
        }
        return String.format(
                locale, "%s: %,d → %s", target, tableRowsBefore, Counts.of(locale, tableRowsAfter, "row", "rows"));
    }

    /** The duration as people read it: {@code 850 ms}, {@code 2.4 s}, {@code 3 min 05 s}. */
    public String durationText() {
        long millis = duration.toMillis();
        if (millis < 1_000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        return String.format(Locale.ROOT, "%d min %02d s", millis / 60_000, millis / 1000 % 60);
    }
}
