package com.redshiftloader.infra.load.s3copy;

import com.redshiftloader.domain.load.LoadException;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.sql.SqlRedactor;
import com.redshiftloader.infra.load.stage.LoadFailures;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a failed COPY into a {@link LoadException} naming the source line, column, value and reason. The failed
 * transaction is rolled back first (nothing else can run in it), then the load errors are read from
 * {@code stl_load_errors} (provisioned clusters), else {@code sys_load_error_detail} (Serverless), else the database's
 * own message is parsed (PostgreSQL: {@code COPY stage, line N, column c: "v"}).
 */
final class CopyFailureReader {

    private static final Logger LOG = LoggerFactory.getLogger(CopyFailureReader.class);
    private static final int MAX_VALUE_CHARS = 200;

    private static final String STL = "SELECT TRIM(filename), line_number, TRIM(colname), err_code, TRIM(err_reason),"
            + " TRIM(raw_field_value), raw_line FROM stl_load_errors WHERE query = pg_last_copy_id()"
            + " ORDER BY line_number LIMIT 1";
    private static final String SYS = "SELECT TRIM(file_name), line_number, TRIM(column_name), 0, TRIM(error_message),"
            + " NULL, NULL FROM sys_load_error_detail WHERE query_id = pg_last_copy_id() ORDER BY line_number LIMIT 1";
    private static final Pattern CONTEXT =
            Pattern.compile("COPY [^,]+, line (\\d+)(?:, column ([^:\\s]+): \"((?:[^\"]|\"\")*)\")?");

    /** One row of the load error tables. */
    record LoadError(String file, long line, String column, int code, String reason, String value, String rawLine) {}

    private final LoadPlan plan;
    private final StagedRowLocator locator;

    CopyFailureReader(LoadPlan plan, StagedRowLocator locator) {
        this.plan = plan;
        this.locator = locator;
    }

    LoadException explain(Connection connection, SQLException failure) {
        rollback(connection);
        Optional<LoadError> error = query(connection, STL).or(() -> query(connection, SYS));
        String message = SqlRedactor.redact(String.valueOf(failure.getMessage()));
        if (error.isPresent()) {
            LoadError e = error.get();
            OptionalLong raw = e.rawLine() == null ? OptionalLong.empty() : StagedRowLocator.fromRawLine(e.rawLine());
            Where where = raw.isPresent()
                    ? new Where(raw, Optional.empty())
                    : Where.of(() -> locator.sourceLineInPart(e.file(), e.line()));
            return rowError(where, e.column(), e.value(), e.reason(), e.code(), failure);
        }
        Matcher context = CONTEXT.matcher(message);
        if (context.find()) {
            long line = Long.parseLong(context.group(1));
            Where where = Where.of(() -> locator.sourceLineOfConcatenatedLine(line));
            String value = context.group(3) == null ? null : context.group(3).replace("\"\"", "\"");
            return rowError(where, context.group(2), value, firstLine(message), 0, failure);
        }
        return new LoadException(
                "Redshift could not COPY the staged files: " + firstLine(message),
                "Check that the role in s3_creds.redshift_iam_role (or the s3_creds keys) may read the staging"
                        + " bucket (s3:GetObject, s3:ListBucket), and that s3_creds.aws_region names the bucket's"
                        + " region.",
                null);
    }

    /** A lookup of the refused row's source line in the staged parts. */
    @FunctionalInterface
    private interface Lookup {
        OptionalLong find() throws IOException;
    }

    /** Where the refused row is: its source line, or why the staged part could not be read back to find it. */
    private record Where(OptionalLong line, Optional<String> unknownBecause) {

        static Where of(Lookup lookup) {
            try {
                return new Where(lookup.find(), Optional.empty());
            } catch (IOException e) {
                LOG.warn("The source line of the row COPY refused is unknown: {}", e.getMessage(), e);
                return new Where(OptionalLong.empty(), Optional.of(firstLine(e.getMessage())));
            }
        }

        String describe(Path file) {
            return line.isPresent()
                    ? "Line " + String.format(Locale.ROOT, "%,d", line.getAsLong()) + " of " + file.getFileName()
                    : "A row of " + file.getFileName() + " (its line could not be found"
                            + unknownBecause.map(because -> ": " + because).orElse("") + ")";
        }
    }

    private LoadException rowError(
            Where row, String column, String value, String reason, int code, SQLException failure) {
        String shown = value == null ? null : shorten(value);
        String named =
                column != null ? column : LoadFailures.columnIn(reason, plan).orElse(null);
        String message = row.describe(plan.file())
                + (named == null ? "" : ", column " + named)
                + (shown == null ? "" : ", value \"" + shown + "\"")
                + ": COPY refused it: " + SqlRedactor.redact(firstLine(reason)) + ". Nothing was loaded.";
        LOG.debug("COPY failure mapped: {}", message, failure);
        return new LoadException(message, row.line().orElse(0), named, shown, fix(code, reason), null);
    }

    static String fix(int code, String reason) {
        String lower = reason.toLowerCase(Locale.ROOT);
        if (code == 1204 || lower.contains("too long") || lower.contains("exceeds ddl length")) {
            return "Widen the column (a larger VARCHAR in the Columns step) and load again; nothing was truncated.";
        }
        if (code == 1205 || code == 1206 || lower.contains("date") || lower.contains("timestamp")) {
            return "Fix the value in the file, or load the column as VARCHAR (Columns step), then load again.";
        }
        if (code == 1213 || lower.contains("not-null") || lower.contains("null value")) {
            return "Give the row a value, or allow NULL in the target column, then load again.";
        }
        return "Fix the value in the file, or choose a type that holds it (a VARCHAR in the Columns step), then load"
                + " again.";
    }

    private static Optional<LoadError> query(Connection connection, String sql) {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            if (!rows.next()) {
                return Optional.empty();
            }
            return Optional.of(new LoadError(
                    rows.getString(1),
                    rows.getLong(2),
                    rows.getString(3),
                    rows.getInt(4),
                    String.valueOf(rows.getString(5)),
                    rows.getString(6),
                    rows.getString(7)));
        } catch (SQLException e) {
            LOG.debug("No load errors from this table ({})", e.getMessage());
            rollback(connection);
            return Optional.empty();
        }
    }

    private static void rollback(Connection connection) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException e) {
            LOG.warn("Could not roll back after the failed COPY: {}", e.getMessage());
        }
    }

    private static String firstLine(String message) {
        return LoadFailures.firstLine(message);
    }

    private static String shorten(String value) {
        return value.length() <= MAX_VALUE_CHARS ? value : value.substring(0, MAX_VALUE_CHARS) + "…";
    }
}
