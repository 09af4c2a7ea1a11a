package com.redshiftloader.infra.load;

import com.redshiftloader.domain.load.LoadException;
import com.redshiftloader.domain.load.LoadListener;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.sql.PostgresDialect;
import com.redshiftloader.domain.sql.SqlDialect;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Fills the stage on PostgreSQL with {@code COPY … FROM STDIN}: the records are converted (and checked) as for an
 * INSERT, then streamed as CSV with the source line as the last column. Text is always quoted, so an empty string
 * stays an empty string while an empty unquoted field is NULL.
 */
public final class PostgresCopyStageFiller implements StageFiller {

    private static final int CHECK_EVERY = 1_000;

    PostgresCopyStageFiller() {}

    @Override
    public long fill(Connection connection, FillTable table, RowSource source, LoadListener listener)
            throws SQLException, LoadException, InterruptedException {
        LoadPlan plan = source.plan();
        List<String> names =
                new ArrayList<>(plan.columns().stream().map(ColumnSpec::name).toList());
        if (table.sourceLine()) {
            names.add(SqlDialect.SOURCE_LINE_COLUMN);
        }
        String sql = new PostgresDialect().copyFromStdin(table.sql(), names);
        LoadLog.sql(listener, sql);
        ProgressReporter progress = new ProgressReporter(listener, InsertStageFiller.size(plan));
        PGConnection pg = connection.unwrap(PGConnection.class);
        long written = 0;
        try (ConvertedRows rows = source.open();
                PGCopyOutputStream copy = new PGCopyOutputStream(pg, sql, 1 << 16);
                Writer out = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 16)) {
            out.write(String.join(",", names.stream().map(RejectsWriter::quote).toList()));
            out.write('\n');
            Optional<StageRow> next;
            while ((next = rows.next()).isPresent()) {
                writeRow(out, next.get(), table.sourceLine());
                if (++written % CHECK_EVERY == 0) {
                    if (Thread.interrupted()) {
                        copy.cancelCopy();
                        throw new InterruptedException("The load was cancelled");
                    }
                    progress.report(written, rows.bytesRead());
                }
            }
            out.flush();
            progress.finish(written, rows.bytesRead());
        } catch (IOException e) {
            throw copyFailure(source, e);
        }
        return written;
    }

    private static void writeRow(Writer out, StageRow row, boolean sourceLine) throws IOException {
        Object[] values = row.values();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            if (values[i] != null) {
                out.write(csv(values[i]));
            }
        }
        if (sourceLine) {
            out.write(',');
            out.write(Long.toString(row.line()));
        }
        out.write('\n');
    }

    private static String csv(Object value) {
        return switch (value) {
            case String text -> RejectsWriter.quote(text);
            case BigDecimal number -> number.toPlainString();
            default -> value.toString();
        };
    }

    /** COPY errors name the data line ("COPY stage, line N, column c"); line 1 is the header. */
    private static LoadException copyFailure(RowSource source, IOException e) throws SQLException {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (cause instanceof SQLException sql) {
            if (LoadFailures.isConnectionFailure(sql) || LoadFailures.isSerializationFailure(sql)) {
                throw sql;
            }
            return LoadFailures.refusedRow(source.plan(), CopyErrors.describe(source, sql));
        }
        throw new SQLException("COPY FROM STDIN failed: " + e.getMessage(), "08006", e);
    }
}
