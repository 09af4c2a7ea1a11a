package com.redshiftloader.ui.connection;

import com.redshiftloader.domain.connection.CheckResult;
import com.redshiftloader.domain.connection.ConnectionCheck;
import java.time.Duration;

/** One line of the connection test as shown: the step, its state, and what it found or what to do. */
public record CheckRow(ConnectionCheck check, Status status, String message, String fix, Duration duration) {

    /** Where a step is. */
    public enum Status {
        PENDING("·"),
        RUNNING("…"),
        PASSED("✓"),
        FAILED("✗"),
        SKIPPED("–");

        private final String symbol;

        Status(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    static CheckRow pending(ConnectionCheck check) {
        return new CheckRow(check, Status.PENDING, "", "", Duration.ZERO);
    }

    static CheckRow running(ConnectionCheck check) {
        return new CheckRow(check, Status.RUNNING, "", "", Duration.ZERO);
    }

    static CheckRow of(CheckResult result) {
        return switch (result) {
            case CheckResult.Passed p -> new CheckRow(p.check(), Status.PASSED, p.detail(), "", p.duration());
            case CheckResult.Failed f -> new CheckRow(f.check(), Status.FAILED, f.problem(), f.fix(), f.duration());
            case CheckResult.Skipped s -> new CheckRow(s.check(), Status.SKIPPED, s.reason(), "", Duration.ZERO);
        };
    }

    /** "120 ms", or empty for steps that did not run. */
    public String durationText() {
        return status == Status.PASSED || status == Status.FAILED ? duration.toMillis() + " ms" : "";
    }

    /** The row as one line of text (and the fix on the next), for copying: {@code ✗ Open TCP connection (6 ms): …}. */
    public String text() {
        String duration = durationText().isEmpty() ? "" : " (" + durationText() + ")";
        String line = status.symbol() + " " + check.title() + duration + (message.isEmpty() ? "" : ": " + message);
        return fix.isEmpty() ? line : line + System.lineSeparator() + "    " + fix;
    }
}
