package com.redshiftloader.ui.source;

import com.redshiftloader.domain.schema.inference.ScanOutcome;
import com.redshiftloader.domain.source.SourceWarning;
import com.redshiftloader.ui.common.UiCounts;

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
        String text = UiCounts.of(completed.records(), "record") + " scanned; types cover every value";
        return completed.warningCount() > 0
                ? text + " (" + UiCounts.of(completed.warningCount(), "warning") + ")"
                : text;
    }
}
