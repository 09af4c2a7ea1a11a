package com.redshiftloader.cli;

import com.redshiftloader.domain.load.LoadReport;
import java.util.Locale;

/** The one-line summary of a load, e.g. {@code Loaded 1,000 rows into public.orders (1,000 inserted, 0 updated) in 2.1 s}. */
final class LoadSummary {

    private LoadSummary() {}

    static String of(LoadReport report) {
        String text = String.format(
                Locale.ROOT,
                "%s %,d rows into %s (%,d inserted, %,d updated) in %s",
                report.dryRun() ? "Dry run: would load" : "Loaded",
                report.rowsLoaded(),
                report.target(),
                report.rowsInserted(),
                report.rowsUpdated(),
                report.durationText());
        if (report.rowsRejected() > 0) {
            text += String.format(
                    Locale.ROOT,
                    "; %,d rows rejected to %s",
                    report.rowsRejected(),
                    report.rejectsFile().map(Object::toString).orElse("the rejects file"));
        }
        return report.dryRun() ? text + "; nothing was changed" : text;
    }
}
