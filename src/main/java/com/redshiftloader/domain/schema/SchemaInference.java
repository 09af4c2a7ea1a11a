package com.redshiftloader.domain.schema;

import com.redshiftloader.domain.source.CancellationToken;
import com.redshiftloader.domain.source.RecordReader;
import com.redshiftloader.domain.source.ScanListener;
import com.redshiftloader.domain.source.ScanOutcome;
import com.redshiftloader.domain.source.SourceRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Streams the records of a reader through one {@link ColumnAccumulator} per column. Columns that appear late (JSON
 * keys) count the records before them as nulls.
 */
public final class SchemaInference {

    /** Progress is reported and cancellation checked every this many records. */
    static final int CHECK_EVERY = 4096;

    private final Set<String> nullTokens;
    private final List<ColumnAccumulator> columns = new ArrayList<>();
    private long records;

    public SchemaInference(Set<String> nullTokens) {
        this.nullTokens = Set.copyOf(nullTokens);
    }

    /**
     * Reads every record of the reader.
     *
     * @param totalBytes the file's size, for progress
     */
    public ScanOutcome run(
            RecordReader reader, long totalBytes, ScanListener listener, CancellationToken cancellation) {
        Optional<SourceRecord> next;
        while ((next = reader.next()).isPresent()) {
            accept(reader.columns(), next.get());
            if (records % CHECK_EVERY == 0) {
                if (cancellation.isCancelled()) {
                    return new ScanOutcome.Cancelled(reader.bytesRead(), records);
                }
                listener.progress(reader.bytesRead(), totalBytes, records);
            }
        }
        listener.progress(reader.bytesRead(), totalBytes, records);
        return new ScanOutcome.Completed(
                results(), records, reader.warnings().first(), reader.warnings().count());
    }

    /** Takes one record; {@code names} are the reader's columns at this point. */
    public void accept(List<String> names, SourceRecord record) {
        while (columns.size() < names.size()) {
            ColumnAccumulator column = new ColumnAccumulator(names.get(columns.size()), nullTokens);
            column.addNulls(records);
            columns.add(column);
        }
        String[] fields = record.fields();
        long line = record.line();
        int count = columns.size();
        for (int i = 0; i < count; i++) {
            columns.get(i).accept(i < fields.length ? fields[i] : null, line);
        }
        records++;
    }

    /** The inference for every column so far. */
    public List<ColumnInference> results() {
        return columns.stream().map(ColumnAccumulator::result).toList();
    }

    public long records() {
        return records;
    }
}
