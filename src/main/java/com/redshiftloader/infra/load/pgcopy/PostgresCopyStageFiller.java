package com.redshiftloader.infra.load.pgcopy;

import com.redshiftloader.domain.load.LoadException;
import com.redshiftloader.domain.load.LoadListener;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.sql.PostgresDialect;
import com.redshiftloader.domain.sql.SqlDialect;
import com.redshiftloader.domain.time.MonotonicClock;
import com.redshiftloader.infra.load.convert.StageRow;
import com.redshiftloader.infra.load.stage.ConvertedRows;
import com.redshiftloader.infra.load.stage.FillTable;
import com.redshiftloader.infra.load.stage.LoadFailures;
import com.redshiftloader.infra.load.stage.LoadLog;
import com.redshiftloader.infra.load.stage.ProgressReporter;
import com.redshiftloader.infra.load.stage.RowSource;
import com.redshiftloader.infra.load.stage.StageFiller;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Fills the stage on PostgreSQL with {@code COPY … FROM STDIN}: the file's values as it writes them, in binary, when
 * {@link BinaryCopy} shows that this loads what the loader would, else the records converted (and checked) as for
 * an INSERT, streamed as
 * CSV with the source line as the last column when the table keeps it. Text is always quoted, so an empty string
 * stays an empty string while an empty unquoted field is NULL.
 */
public final class PostgresCopyStageFiller implements StageFiller {

    private static final int CHECK_EVERY = 1_000;

    private final boolean typesAsPlanned;

    /** @param typesAsPlanned whether the table's columns have the plan's types (see {@link SchemaEvolution}) */
    public PostgresCopyStageFiller(boolean typesAsPlanned) {
        this.typesAsPlanned = typesAsPlanned;
    }

    @Override
    public long fill(Connection connection, FillTable table, RowSource source, LoadListener listener)
            throws SQLException, LoadException, InterruptedException {
        BinaryCopy.Eligibility eligibility = typesAsPlanned
                ? BinaryCopy.of(source, table)
                : new BinaryCopy.Eligibility.No("the table's columns have other types than the file's");
        switch (eligibility) {
            case BinaryCopy.Eligibility.Yes yes -> {
                OptionalLong rows = binaryCopy(connection, yes.copy(), table, source, listener);
                if (rows.isPresent()) {
                    return rows.getAsLong();
                }
            }
            case BinaryCopy.Eligibility.No no ->
                LoadLog.debug(listener, "Converting every value before COPY: " + no.reason() + ".");
        }
        return converted(connection, table, source, listener);
    }

    /**
     * The file's values as it writes them into COPY, after a savepoint: when the check finds a value the converter
     * would read differently,
     * everything since the savepoint is undone and the caller converts instead.
     */
    private static OptionalLong binaryCopy(
            Connection connection, BinaryCopy copy, FillTable table, RowSource source, LoadListener listener)
            throws SQLException, InterruptedException {
        Savepoint savepoint = connection.setSavepoint();
        switch (copy.copy(connection, table.sql(), listener)) {
            case BinaryCopy.Outcome.Copied copied -> {
                connection.releaseSavepoint(savepoint);
                return OptionalLong.of(copied.rows());
            }
            case BinaryCopy.Outcome.NotCopied notCopied -> {
                connection.rollback(savepoint);
                LoadLog.debug(
                        listener,
                        "The file's values cannot go to COPY as they are: " + notCopied.reason()
                                + ". Loading again with every value converted.");
                return OptionalLong.empty();
            }
        }
    }

    private long converted(Connection connection, FillTable table, RowSource source, LoadListener listener)
            throws SQLException, LoadException, InterruptedException {
        LoadPlan plan = source.plan();
        List<String> names =
                new ArrayList<>(plan.columns().stream().map(ColumnSpec::name).toList());
        if (table.sourceLine()) {
            names.add(SqlDialect.SOURCE_LINE_COLUMN);
        }
        String sql = new PostgresDialect().copyFromStdin(table.sql(), names);
        LoadLog.sql(listener, sql);
        ProgressReporter progress = new ProgressReporter(listener, RowSource.fileBytes(plan), MonotonicClock.INSTANCE);
        PGConnection pg = connection.unwrap(PGConnection.class);
        long written = 0;
        CopyIn operation = pg.getCopyAPI().copyIn(sql);
        try (ConvertedRows rows = source.open();
                PGCopyOutputStream copy = new PGCopyOutputStream(operation, 1 << 16);
                Writer out = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 16)) {
            out.write(String.join(
                    ",", names.stream().map(PostgresCopyStageFiller::quoted).toList()));
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
        // the server's count, without rows a trigger or rule dropped: LandedRowsCheck holds it against ours
        return operation.getHandledRowCount();
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
            case String text -> quoted(text);
            case BigDecimal number -> number.toPlainString();
            default -> value.toString();
        };
    }

    /**
     * An RFC 4180 quoted value. By hand, as the S3 path's {@code CsvPartEncoder}: opencsv is slower in a load's row
     * loop, and cannot quote some fields of a row and not others (docs/decisions.md).
     */
    private static String quoted(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
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
