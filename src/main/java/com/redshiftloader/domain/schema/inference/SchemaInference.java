package com.redshiftloader.domain.schema.inference;

import com.redshiftloader.domain.source.CancellationToken;
import com.redshiftloader.domain.source.RecordReader;
import com.redshiftloader.domain.source.RecordVisitor;
import com.redshiftloader.domain.source.ScanListener;
import com.redshiftloader.domain.source.SourceRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Streams the records of a reader through one {@link ColumnAccumulator} per column. Columns that appear late (JSON
 * keys) count the records before them as nulls; fields a record lacks are nulls. Not thread-safe.
 */
public final class SchemaInference implements RecordVisitor {

    /** Progress is reported and cancellation checked every this many records. */
    public static final int CHECK_EVERY = 4096;

    private final Set<String> nullTokens;
    private final List<ColumnAccumulator> columns = new ArrayList<>();
    private ColumnAccumulator[] array = new ColumnAccumulator[0];
    private List<String> names = List.of();
    private long line;
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
        names = reader.columns();
        while (reader.nextInto(this)) {
            if (records % CHECK_EVERY == 0) {
                if (cancellation.isCancelled()) {
                    return new ScanOutcome.Cancelled(reader.bytesRead(), records);
                }
                listener.progress(reader.bytesRead(), totalBytes, records);
            }
        }
        listener.progress(reader.bytesRead(), totalBytes, records);
        return new ScanOutcome.Completed(
                results(),
                records,
                reader.warnings().first(),
                reader.warnings().count(),
                reader.warnings().replacedBytes());
    }

    /** Takes one whole record; {@code columnNames} are the reader's columns at this point. */
    public void accept(List<String> columnNames, SourceRecord record) {
        names = columnNames;
        begin(record.line());
        String[] fields = record.fields();
        for (int i = 0; i < fields.length; i++) {
            field(i, fields[i]);
        }
        end(fields.length);
    }

    @Override
    public void begin(long recordLine) {
        line = recordLine;
        if (names.size() != array.length) {
            addColumns();
        }
    }

    private void addColumns() {
        while (columns.size() < names.size()) {
            ColumnAccumulator column = new ColumnAccumulator(names.get(columns.size()), nullTokens);
            column.addNulls(records);
            columns.add(column);
        }
        array = columns.toArray(new ColumnAccumulator[0]);
    }

    @Override
    public void field(int column, CharSequence value) {
        if (column < array.length) {
            array[column].accept(value, line);
        }
    }

    @Override
    public void end(int fields) {
        for (int i = fields; i < array.length; i++) {
            array[i].accept(null, line);
        }
        records++;
    }

    /**
     * The inference for every column so far. Whole numbers are never taken for times here: the columns the user
     * asks to read as epoch times are converted afterwards ({@link ColumnInference#asEpoch}).
     */
    public List<ColumnInference> results() {
        if (names.size() != array.length) {
            addColumns();
        }
        return Arrays.stream(array).map(ColumnAccumulator::result).toList();
    }

    public long records() {
        return records;
    }
}
