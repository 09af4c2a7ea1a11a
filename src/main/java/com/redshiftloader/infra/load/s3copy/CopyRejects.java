package com.redshiftloader.infra.load.s3copy;

import com.redshiftloader.domain.load.LoadEvent;
import com.redshiftloader.domain.load.LoadListener;
import com.redshiftloader.infra.load.rejects.RejectsWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rows a successful COPY set aside within its MAXERROR budget, read from Redshift's load-error tables and
 * appended to the rejects file with their source lines: {@code STL_LOAD_ERRORS} on a provisioned cluster,
 * {@code SYS_LOAD_ERROR_DETAIL} on Serverless, each read only when {@link SystemTables} says it may be.
 */
final class CopyRejects {

    /** One rejected row: its source line (0 when unknown), the column, the reason and the raw value. */
    record Rejected(long line, String column, String reason, String value) {}

    private static final String STL = "SELECT TRIM(filename), line_number, TRIM(colname), TRIM(err_reason),"
            + " TRIM(raw_field_value), raw_line FROM stl_load_errors WHERE query = pg_last_copy_id()"
            + " ORDER BY filename, line_number LIMIT ";
    private static final String SYS = "SELECT TRIM(file_name), line_number, TRIM(column_name), TRIM(error_message),"
            + " NULL, NULL FROM sys_load_error_detail WHERE query_id = pg_last_copy_id()"
            + " ORDER BY file_name, line_number LIMIT ";

    private static final Logger LOG = LoggerFactory.getLogger(CopyRejects.class);

    private CopyRejects() {}

    /**
     * The rejected rows of the last COPY, at most {@code limit}; empty when no error table can be read. A row whose
     * part cannot be read back to find its source line keeps line 0, and the listener is told why (once per part).
     */
    static List<Rejected> read(Connection connection, StagedRowLocator locator, long limit, LoadListener listener)
            throws SQLException {
        String sql = SystemTables.readable(connection, "stl_load_errors")
                ? STL + limit
                : SystemTables.readable(connection, "sys_load_error_detail") ? SYS + limit : null;
        List<Rejected> rejected = new ArrayList<>();
        if (sql == null) {
            return rejected;
        }
        Set<String> unreadable = new HashSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                String rawLine = rows.getString(6);
                OptionalLong line = rawLine == null ? OptionalLong.empty() : StagedRowLocator.fromRawLine(rawLine);
                if (line.isEmpty() && !unreadable.contains(rows.getString(1))) {
                    line = locate(locator, rows.getString(1), rows.getLong(2), unreadable, listener);
                }
                rejected.add(new Rejected(
                        line.orElse(0), rows.getString(3), String.valueOf(rows.getString(4)), rows.getString(5)));
            }
        }
        return rejected;
    }

    private static OptionalLong locate(
            StagedRowLocator locator, String part, long line, Set<String> unreadable, LoadListener listener) {
        try {
            return locator.sourceLineInPart(part, line);
        } catch (IOException e) {
            unreadable.add(part);
            LOG.warn("Rows COPY set aside from {} go to the rejects file as line 0", part, e);
            listener.on(new LoadEvent.Log(
                    LoadEvent.Level.WARN,
                    "The rows COPY set aside from " + part + " are in the rejects file as line 0: " + e.getMessage()));
            return OptionalLong.empty();
        }
    }

    /** Appends the rows to the rejects file (writing its header when the file is new or empty). */
    static void append(Path file, List<Rejected> rejected) {
        try (RejectsWriter out = RejectsWriter.appendingTo(file)) {
            for (Rejected row : rejected) {
                String reason = "COPY" + (row.column() == null ? "" : ", column " + row.column()) + ": " + row.reason();
                out.write(row.line(), reason, row.value() == null ? new String[0] : new String[] {row.value()});
            }
        }
    }
}
