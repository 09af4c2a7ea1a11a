package com.redshiftloader.infra.load.stage;

import com.redshiftloader.domain.load.LoadException;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.text.Counts;
import com.redshiftloader.infra.load.convert.RowConversion;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The load failures users see, each with what happened, where, and what to do. */
public final class LoadFailures {

    private static final int SHOWN_CHARS = 60;
    private static final Pattern WORK_TABLE =
            Pattern.compile("(?:relation |table )?\"?__(?:stage|probe)_[0-9A-Za-z_]+\"?");
    private static final Pattern COLUMN_IN_MESSAGE = Pattern.compile("column \"([^\"]+)\"");

    private LoadFailures() {}

    /** {@code more than 1 row was rejected, so nothing was loaded.}: the reject budget is spent. */
    static String budgetSpent(LoadPlan plan) {
        return "more than " + Counts.were(plan.maxErrors(), "row") + " rejected, so nothing was loaded.";
    }

    static LoadException badValue(LoadPlan plan, RowConversion.Failed failed, boolean budgetSpent) {
        String where =
                "Line " + String.format(Locale.ROOT, "%,d", failed.record().line()) + " of "
                        + plan.file().getFileName() + ", column " + failed.column() + ": ";
        String message = budgetSpent
                ? where + shorten(failed.value()) + " is " + failed.reason() + "; " + budgetSpent(plan)
                : where + shorten(failed.value()) + " is " + failed.reason() + ". Nothing was loaded.";
        String fix = budgetSpent
                ? "Look at the rejects file, fix the values or the column type, or raise the reject budget."
                : "Override the column's type (e.g. --type " + failed.column()
                        + "=VARCHAR(…)), fix the value, or allow rejected rows (--max-errors N).";
        return new LoadException(message, failed.record().line(), failed.column(), shorten(failed.value()), fix, null);
    }

    /** The database refused one row of the file (found by re-running a failed batch row by row). */
    public static LoadException badRow(LoadPlan plan, long line, Optional<String> value, SQLException cause) {
        String text = Optional.ofNullable(cause.getMessage()).orElse(cause.toString());
        Optional<String> column = columnIn(text, plan);
        String message = "Line " + String.format(Locale.ROOT, "%,d", line) + " of "
                + plan.file().getFileName()
                + column.map(c -> ", column " + c).orElse("") + ": the database refused the row: "
                + firstLine(text) + ". Nothing was loaded.";
        return new LoadException(
                message,
                line,
                column.orElse(null),
                value.map(LoadFailures::shorten).orElse(null),
                "Fix the value, change the column's type, or allow rejected rows (--max-errors N).",
                cause);
    }

    public static LoadException connectionLost(SQLException cause) {
        return new LoadException(
                "The connection to the server was lost during the load (" + firstLine(cause.getMessage())
                        + "); nothing was changed.",
                "Run the load again; if it keeps failing, check the network and the server's health.",
                cause);
    }

    /**
     * A serialization failure: another transaction conflicted with this one (Redshift's error 1023, "Serializable
     * isolation violation"; PostgreSQL's SQLSTATE 40001). The server rolled the transaction back.
     */
    public static boolean isSerializationFailure(SQLException e) {
        String message = String.valueOf(e.getMessage());
        return "40001".equals(e.getSQLState()) || message.contains("Serializable isolation violation");
    }

    /** The refusal of one row, as a {@link RefusedRow} when the plan's reject budget allows setting rows aside. */
    public static LoadException refusedRow(LoadPlan plan, LoadException refusal) {
        if (plan.maxErrors() > 0 && refusal.line().isPresent()) {
            throw new RefusedRow(refusal);
        }
        return refusal;
    }

    /**
     * The error behind a failed JDBC batch (the first statement's own error, not the driver's "Batch entry 0 … was
     * aborted", which quotes the whole statement), else the error itself.
     */
    public static SQLException firstError(SQLException e) {
        if (e instanceof java.sql.BatchUpdateException && e.getNextException() != null) {
            return e.getNextException();
        }
        return e;
    }

    public static boolean isConnectionFailure(SQLException e) {
        String state = e.getSQLState();
        // 57P01-57P03: the server ended this session (terminated by an administrator, a crash, a restart)
        return (state != null && (state.startsWith("08") || state.startsWith("57P")))
                || e instanceof java.sql.SQLRecoverableException
                || e instanceof java.sql.SQLNonTransientConnectionException;
    }

    static String shorten(String value) {
        String shown = value.length() <= SHOWN_CHARS ? value : value.substring(0, SHOWN_CHARS) + "…";
        return "'" + shown.replace("\r", "\\r").replace("\n", "\\n") + "'";
    }

    /**
     * The first line of a database message, with the load's own work tables (the stage and the probe that narrows a
     * refused batch) named as the target table: users never created them and cannot find them.
     */
    public static String firstLine(String text) {
        if (text == null) {
            return "no message";
        }
        int end = text.indexOf('\n');
        String line = (end < 0 ? text : text.substring(0, end)).strip();
        return WORK_TABLE.matcher(line).replaceAll("the target table");
    }

    /** The plan column a database message names ({@code column "x"}), if any. */
    public static Optional<String> columnIn(String message, LoadPlan plan) {
        Matcher matcher = COLUMN_IN_MESSAGE.matcher(message);
        while (matcher.find()) {
            String name = matcher.group(1);
            if (plan.columns().stream().anyMatch(c -> c.name().equalsIgnoreCase(name))) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** The file had no rows at all (a header only): every path reads none, and the load must not pass for a success. */
    public static LoadException noRows(Path file) {
        return new LoadException(
                file + " has column names but no rows: there is nothing to load, and nothing was changed.",
                "Check that the export finished writing the file, or choose another file.",
                null);
    }
}
