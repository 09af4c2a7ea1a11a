package com.redshiftloader.infra.load.s3copy;

import com.redshiftloader.infra.load.rejects.RejectsWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

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

    private CopyRejects() {}

    /** The rejected rows of the last COPY, at most {@code limit}; empty when no error table can be read. */
    static List<Rejected> read(Connection connection, StagedRowLocator locator, long limit) throws SQLException {
        String sql = SystemTables.readable(connection, "stl_load_errors")
                ? STL + limit
                : SystemTables.readable(connection, "sys_load_error_detail") ? SYS + limit : null;
        List<Rejected> rejected = new ArrayList<>();
        if (sql == null) {
            return rejected;
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                String rawLine = rows.getString(6);
                OptionalLong line = rawLine == null ? OptionalLong.empty() : StagedRowLocator.fromRawLine(rawLine);
                if (line.isEmpty()) {
                    line = locator.sourceLineInPart(rows.getString(1), rows.getLong(2));
                }
                rejected.add(new Rejected(
                        line.orElse(0), rows.getString(3), String.valueOf(rows.getString(4)), rows.getString(5)));
            }
        }
        return rejected;
    }

    /** Appends the rows to the rejects file (writing its header when the file is new or empty). */
    static void append(Path file, List<Rejected> rejected) throws IOException {
        boolean fresh = !Files.exists(file) || Files.size(file) == 0;
        try (BufferedWriter out = Files.newBufferedWriter(
                file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            if (fresh) {
                out.write("line,reason,fields\n");
            }
            for (Rejected row : rejected) {
                String reason = "COPY" + (row.column() == null ? "" : ", column " + row.column()) + ": " + row.reason();
                out.write(row.line() + "," + RejectsWriter.quote(reason)
                        + (row.value() == null ? "" : "," + RejectsWriter.quote(row.value())) + "\n");
            }
        }
    }
}
