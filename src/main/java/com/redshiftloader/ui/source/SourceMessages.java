package com.redshiftloader.ui.source;

import com.redshiftloader.domain.schema.inference.ScanOutcome;
import com.redshiftloader.domain.source.SourceWarning;
import com.redshiftloader.ui.common.UiCounts;
import java.util.ArrayList;
import java.util.List;

/** How the Source step words what happened. */
final class SourceMessages {

    private SourceMessages() {}

    static String of(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank()
                ? "The file could not be read (" + failure.getClass().getSimpleName() + ")"
                : message;
    }

    static String of(SourceWarning warning) {
        StringBuilder text = new StringBuilder();
        if (warning.line() > 0) {
            text.append("Line ").append(warning.line());
            if (warning.column() > 0) {
                text.append(", column ").append(warning.column());
            }
            text.append(": ");
        }
        return text.append(warning.message()).toString();
    }

    static String scanned(ScanOutcome.Completed completed) {
        return UiCounts.of(completed.records(), "record") + " scanned; types cover every value";
    }

    /** "(2 warnings)" after a scan that warned, else empty. */
    static String warningsLink(ScanOutcome.Completed completed) {
        return completed == null || completed.warningCount() == 0
                ? ""
                : "(" + UiCounts.of(completed.warningCount(), "warning") + ")";
    }

    /** Each warning the scan kept, with its line, and how many more there were. */
    static List<String> warningLines(ScanOutcome.Completed completed) {
        List<String> lines = new ArrayList<>(
                completed.warnings().stream().map(SourceMessages::of).toList());
        long more = completed.warningCount() - completed.warnings().size();
        if (more > 0) {
            lines.add("… and " + UiCounts.of(more, "more warning") + " (only the first "
                    + completed.warnings().size() + " are kept)");
        }
        return lines;
    }
}
