package com.redshiftloader.infra.load.stage;

import com.redshiftloader.domain.load.LoadException;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.schema.types.TemporalPattern;
import com.redshiftloader.domain.source.BadRecordException;
import com.redshiftloader.domain.source.RecordReader;
import com.redshiftloader.domain.source.SourceFormatException;
import com.redshiftloader.domain.source.SourceRecord;
import com.redshiftloader.domain.text.Counts;
import com.redshiftloader.infra.files.SourceReaders;
import com.redshiftloader.infra.load.convert.RowConversion;
import com.redshiftloader.infra.load.convert.RowConverter;
import com.redshiftloader.infra.load.convert.StageRow;
import com.redshiftloader.infra.load.rejects.RejectsWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The plan's file as converted rows, streamed: reads records, converts them, and writes rows that fail conversion
 * to the rejects file while the plan's reject budget lasts. Without a budget, the first bad value ends the load with
 * a {@link LoadException} naming the line, the column and the value.
 */
public final class ConvertedRows implements AutoCloseable {

    private final LoadPlan plan;
    private final RecordReader reader;
    private final RowConverter converter;
    private final LoadCounters counters;
    private final Optional<RejectsWriter> rejects;
    private final Map<Long, String> refused;

    public ConvertedRows(
            LoadPlan plan, Map<String, TemporalPattern> patterns, LoadCounters counters, Map<Long, String> refused)
            throws LoadException {
        this.plan = plan;
        this.refused = refused;
        this.counters = counters;
        this.converter = new RowConverter(plan.columns(), plan.settings(), patterns);
        this.rejects =
                plan.maxErrors() > 0 ? Optional.of(RejectsWriter.replacing(rejectsFile(plan))) : Optional.empty();
        try {
            this.reader = SourceReaders.openForLoad(plan.file(), plan.settings());
        } catch (SourceFormatException e) {
            throw new LoadException(e.getMessage(), "Check the file and its settings (encoding, delimiter).", e);
        }
    }

    /** Where rejected rows go: the plan's file, else {@code <file>.rejects.csv} beside the source. */
    public static Path rejectsFile(LoadPlan plan) {
        return plan.rejectsFile()
                .orElseGet(() -> plan.file().resolveSibling(plan.file().getFileName() + ".rejects.csv"));
    }

    /** The next row that converts, or empty at the end of the file. */
    public Optional<StageRow> next() throws LoadException {
        while (true) {
            Optional<SourceRecord> record = read();
            if (record.isEmpty()) {
                return Optional.empty();
            }
            counters.rowsRead.incrementAndGet();
            String refusal = refused.get(record.get().line());
            if (refusal != null) {
                rejectRefused(record.get(), refusal);
                continue;
            }
            switch (converter.convert(record.get())) {
                case RowConversion.Converted converted -> {
                    return Optional.of(converted.row());
                }
                case RowConversion.Failed failed -> reject(failed);
            }
        }
    }

    /**
     * A file with column names but no rows is refused rather than loaded as nothing: an export that stopped after its
     * header must not pass as a load (nor empty a table in replace mode).
     */
    public long bytesRead() {
        return reader.bytesRead();
    }

    /** The next record; a bad record (a ragged row) is set aside within the budget and the one after it read. */
    private Optional<SourceRecord> read() throws LoadException {
        while (true) {
            try {
                return readRecord();
            } catch (BadRecordException e) {
                counters.rowsRead.incrementAndGet();
                rejectBadRecord(e);
            }
        }
    }

    private Optional<SourceRecord> readRecord() throws LoadException {
        try {
            return reader.next();
        } catch (SourceFormatException e) {
            throw new LoadException(e.getMessage(), "Fix the file, or check its settings (delimiter, quote).", e);
        }
    }

    /** A row the database refused in an earlier attempt: set aside with the database's reason, within the budget. */
    private void rejectRefused(SourceRecord record, String refusal) throws LoadException {
        if (counters.rowsRejected.incrementAndGet() > plan.maxErrors()) {
            throw new LoadException(
                    refusal + "; " + LoadFailures.budgetSpent(plan),
                    record.line(),
                    null,
                    null,
                    "Look at the rejects file, fix the values or the table, or raise the reject budget.",
                    null);
        }
        rejects.orElseThrow().write(record, refusal);
    }

    private void rejectBadRecord(BadRecordException bad) throws LoadException {
        if (rejects.isEmpty() || counters.rowsRejected.incrementAndGet() > plan.maxErrors()) {
            String budget = rejects.isEmpty()
                    ? " Nothing was loaded."
                    : " More than " + Counts.were(plan.maxErrors(), "row") + " rejected, so nothing was loaded.";
            throw new LoadException(
                    bad.getMessage() + budget,
                    bad.record().line(),
                    null,
                    null,
                    "Fix the row, or allow rejected rows (--max-errors) to set such rows aside in the rejects file.",
                    bad);
        }
        rejects.get().write(bad.record(), bad.problem());
    }

    private void reject(RowConversion.Failed failed) throws LoadException {
        if (rejects.isEmpty()) {
            throw LoadFailures.badValue(plan, failed, false);
        }
        long rejected = counters.rowsRejected.incrementAndGet();
        if (rejected > plan.maxErrors()) {
            throw LoadFailures.badValue(plan, failed, true);
        }
        rejects.get().write(failed.record(), failed.column() + ": " + failed.reason());
    }

    @Override
    public void close() {
        try {
            reader.close();
        } finally {
            rejects.ifPresent(RejectsWriter::close);
        }
    }
}
