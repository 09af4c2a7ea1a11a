package com.redshiftloader.infra.load.pgcopy;

import com.redshiftloader.domain.load.LoadListener;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.source.CsvDialect;
import com.redshiftloader.domain.source.SourceFormat;
import com.redshiftloader.domain.source.SourceFormatException;
import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.domain.sql.PostgresDialect;
import com.redshiftloader.domain.time.MonotonicClock;
import com.redshiftloader.infra.files.GzipSource;
import com.redshiftloader.infra.load.stage.FillTable;
import com.redshiftloader.infra.load.stage.LoadFailures;
import com.redshiftloader.infra.load.stage.LoadLog;
import com.redshiftloader.infra.load.stage.ProgressReporter;
import com.redshiftloader.infra.load.stage.RowSource;
import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * PostgreSQL's COPY of the file's values as the file writes them, when that loads exactly what converting every value
 * would: one pass through {@link BinaryCopyScan} checks each value and encodes it in PostgreSQL's binary form
 * ({@link BinaryColumn}), which streams to the server as it goes. The copy ends only when the whole file passed the
 * check; at the first difference, or if the server refuses a value, the copy is cancelled and the caller rolls back to
 * its savepoint and converts instead, so the file's errors are still reported by line, column and value.
 */
final class BinaryCopy {

    private static final int CHUNK = 1 << 16;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final LoadPlan plan;
    private final List<BinaryValueRule> rules;

    private BinaryCopy(LoadPlan plan, List<BinaryValueRule> rules) {
        this.plan = plan;
        this.rules = rules;
    }

    /** The binary COPY of the source's file into the table, or why there cannot be one. */
    static Eligibility of(RowSource source, FillTable table) {
        LoadPlan plan = source.plan();
        Optional<String> refusal = refusal(source, table);
        if (refusal.isPresent()) {
            return new Eligibility.No(refusal.get());
        }
        List<BinaryValueRule> rules = new ArrayList<>();
        for (int i = 0; i < plan.columns().size(); i++) {
            ColumnSpec column = plan.columns().get(i);
            if (column.position() != i) {
                return new Eligibility.No("columns are skipped or reordered");
            }
            Optional<BinaryValueRule> rule = BinaryValueRule.of(
                    column, Optional.ofNullable(source.patterns().get(column.name())));
            if (rule.isEmpty()) {
                return new Eligibility.No(
                        column.name() + " is " + column.type().sql() + " in a layout COPY reads differently");
            }
            rules.add(rule.get());
        }
        return new Eligibility.Yes(new BinaryCopy(plan, rules));
    }

    private static Optional<String> refusal(RowSource source, FillTable table) {
        LoadPlan plan = source.plan();
        SourceSettings settings = plan.settings();
        CsvDialect dialect = settings.dialect();
        if (table.sourceLine()) {
            return Optional.of("the stage keeps source lines");
        }
        if (plan.maxErrors() > 0 || !source.refused().isEmpty()) {
            return Optional.of("a reject budget is set");
        }
        if (settings.format() != SourceFormat.CSV && settings.format() != SourceFormat.TSV) {
            return Optional.of("the file is not delimited text");
        }
        if (!settings.encoding().equals(StandardCharsets.UTF_8)) {
            // not even US-ASCII: the reader turns a stray non-ASCII byte into U+FFFD, COPY would keep it
            return Optional.of("the file is not read as UTF-8");
        }
        if (dialect.skipLines() > 0) {
            return Optional.of("lines are skipped before the header");
        }
        if (dialect.escape().isPresent() && dialect.escape().get() != dialect.quote()) {
            return Optional.of("the file has an escape character");
        }
        if (",;|\t".indexOf(dialect.delimiter()) < 0 || (dialect.quote() != '"' && dialect.quote() != '\'')) {
            return Optional.of("the delimiter or quote is unusual");
        }
        if (!settings.nullTokens().contains("")) {
            return Optional.of("empty fields are not NULL");
        }
        return Optional.empty();
    }

    /** Whether a binary COPY is possible, and if so the copy. */
    sealed interface Eligibility {
        record Yes(BinaryCopy copy) implements Eligibility {}

        record No(String reason) implements Eligibility {}
    }

    /** The outcome of {@link #copy}: the rows loaded, or why the file was not loaded by binary COPY (nothing loaded). */
    sealed interface Outcome {
        record Copied(long rows) implements Outcome {}

        record NotCopied(String reason) implements Outcome {}
    }

    private List<String> names() {
        return plan.columns().stream().map(ColumnSpec::name).toList();
    }

    /**
     * Loads the file into the table by COPY as it is checked, and logs the statement; the caller's transaction holds a
     * savepoint to return to when the outcome is {@link Outcome.NotCopied}.
     *
     * @param table the table's name as SQL
     */
    Outcome copy(Connection connection, String table, LoadListener listener) throws SQLException, InterruptedException {
        BinaryColumn[] columns = new BinaryColumn[rules.size()];
        Map<String, Long> types = TableColumnTypes.of(connection, table);
        for (int i = 0; i < columns.length; i++) {
            Long type = types.get(plan.columns().get(i).name());
            Optional<BinaryColumn> column = type == null || type > Integer.MAX_VALUE
                    ? Optional.empty()
                    : BinaryColumn.of(rules.get(i), type.intValue());
            if (column.isEmpty()) {
                // not expected: the table's types are of the plan's families (SchemaEvolution.typesAsPlanned)
                return new Outcome.NotCopied(
                        "column " + plan.columns().get(i).name() + " has a type without a binary form here");
            }
            columns[i] = column.get();
        }
        String sql = new PostgresDialect().copyBinary(table, names());
        LoadLog.sql(listener, sql);
        ProgressReporter progress = new ProgressReporter(listener, RowSource.fileBytes(plan), MonotonicClock.INSTANCE);
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        try {
            return encoded(copy, columns, progress);
        } catch (GzipSource.DamagedGzipException e) {
            cancel(copy);
            throw new SourceFormatException(plan.file(), 0, 0, e.getMessage(), e);
        } catch (IOException e) {
            cancel(copy);
            if (e.getCause() instanceof SQLException refused) {
                return refused(refused);
            }
            return new Outcome.NotCopied("the file could not be read (" + e.getMessage() + ")");
        } catch (SQLException e) {
            cancel(copy);
            return refused(e);
        }
    }

    private static Outcome refused(SQLException e) throws SQLException {
        if (LoadFailures.isConnectionFailure(e) || LoadFailures.isSerializationFailure(e)) {
            throw e;
        }
        return new Outcome.NotCopied("the server refused it (" + LoadFailures.firstLine(e.getMessage()) + ")");
    }

    /** One thread reads, checks and encodes the file, and hands the encoded records to COPY as it goes. */
    private Outcome encoded(CopyIn copy, BinaryColumn[] columns, ProgressReporter progress)
            throws IOException, SQLException, InterruptedException {
        AtomicLong raw = new AtomicLong();
        AtomicLong checked = new AtomicLong();
        BinaryTuples tuples = new BinaryTuples(columns, (bytes, length) -> {
            try {
                copy.writeToCopy(bytes, 0, length);
            } catch (SQLException e) {
                throw new IOException(e.getMessage(), e);
            }
            progress.report(checked.get(), raw.get());
        });
        Thread current = Thread.currentThread();
        BinaryCopyScan.Verdict verdict;
        try (InputStream in = open(raw)) {
            verdict = checker(tuples).check(in, checked, current::isInterrupted);
        }
        if (Thread.interrupted()) {
            cancel(copy);
            throw new InterruptedException("The load was cancelled");
        }
        if (verdict instanceof BinaryCopyScan.Verdict.NotExact no) {
            cancel(copy);
            return notCopied(no);
        }
        tuples.finish();
        return ended(copy, (BinaryCopyScan.Verdict.Exact) verdict, progress, raw.get());
    }

    private static Outcome ended(CopyIn copy, BinaryCopyScan.Verdict.Exact verdict, ProgressReporter progress, long raw)
            throws SQLException {
        long rows = copy.endCopy();
        progress.finish(rows, raw);
        return rows == verdict.records()
                ? new Outcome.Copied(rows)
                : new Outcome.NotCopied("COPY read " + rows + " rows where the file has " + verdict.records());
    }

    private static Outcome notCopied(BinaryCopyScan.Verdict.NotExact verdict) {
        return new Outcome.NotCopied("line " + verdict.line() + ": " + verdict.reason());
    }

    private BinaryCopyScan checker(BinaryTuples tuples) {
        CsvDialect dialect = plan.settings().dialect();
        return new BinaryCopyScan(
                dialect.delimiter(),
                dialect.quote(),
                dialect.header(),
                plan.settings().multilineValues(),
                rules,
                plan.settings().nullTokens(),
                plan.settings().trim(),
                Optional.of(tuples));
    }

    /** The file's bytes, decompressed, after the byte-order mark; {@code raw} counts the bytes read from disk. */
    private InputStream open(AtomicLong raw) throws IOException {
        InputStream file = new FilterInputStream(new FileInputStream(plan.file().toFile())) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    raw.incrementAndGet();
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    raw.addAndGet(n);
                }
                return n;
            }
        };
        InputStream bytes =
                new BufferedInputStream(plan.settings().gzip() ? GzipSource.open(file, raw::get) : file, CHUNK);
        bytes.mark(UTF8_BOM.length);
        byte[] head = bytes.readNBytes(UTF8_BOM.length);
        if (!Arrays.equals(head, UTF8_BOM)) {
            bytes.reset();
        }
        return bytes;
    }

    private static void cancel(CopyIn copy) {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException ignored) {
            // the copy is over either way; the caller rolls back to its savepoint
        }
    }
}
