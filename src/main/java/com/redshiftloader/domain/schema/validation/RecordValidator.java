package com.redshiftloader.domain.schema.validation;

import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.inference.ColumnAccumulator;
import com.redshiftloader.domain.schema.inference.SchemaInference;
import com.redshiftloader.domain.schema.types.TemporalPattern;
import com.redshiftloader.domain.source.CancellationToken;
import com.redshiftloader.domain.source.NullTokens;
import com.redshiftloader.domain.source.RecordReader;
import com.redshiftloader.domain.source.ScanListener;
import com.redshiftloader.domain.source.SourceRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Checks every value of a file against the chosen column types before loading; keeps the first problems. */
public final class RecordValidator {

    private static final int KEEP = 5;

    private final List<ColumnSpec> columns;
    private final NullTokens nullTokens;
    private final ValueValidator[] validators;
    private final long[] invalid;
    private final List<List<InvalidValue>> first = new ArrayList<>();
    private long records;

    /** @param patterns the detected date or timestamp layout per column name (the others are ISO 8601) */
    public RecordValidator(List<ColumnSpec> columns, Set<String> nullTokens, Map<String, TemporalPattern> patterns) {
        this.columns = List.copyOf(columns);
        this.nullTokens = new NullTokens(nullTokens);
        this.validators = new ValueValidator[columns.size()];
        this.invalid = new long[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            ColumnSpec column = columns.get(i);
            validators[i] = new ValueValidator(column.type(), Optional.ofNullable(patterns.get(column.name())));
            first.add(new ArrayList<>());
        }
    }

    /** Reads every record; empty when cancelled. */
    public Optional<ValidationReport> run(
            RecordReader reader, long totalBytes, ScanListener listener, CancellationToken cancellation) {
        Optional<SourceRecord> next;
        while ((next = reader.next()).isPresent()) {
            accept(next.get());
            if (records % SchemaInference.CHECK_EVERY == 0) {
                if (cancellation.isCancelled()) {
                    return Optional.empty();
                }
                listener.progress(reader.bytesRead(), totalBytes, records);
            }
        }
        return Optional.of(report());
    }

    /** Checks one record. */
    public void accept(SourceRecord record) {
        for (int i = 0; i < validators.length; i++) {
            int position = columns.get(i).position();
            String value = position < record.size() ? record.fields()[position] : null;
            if (value == null || nullTokens.matches(value)) {
                continue;
            }
            Optional<String> problem = validators[i].problem(value);
            if (problem.isPresent()) {
                invalid[i]++;
                if (first.get(i).size() < KEEP) {
                    first.get(i).add(new InvalidValue(record.line(), ColumnAccumulator.shorten(value), problem.get()));
                }
            }
        }
        records++;
    }

    public ValidationReport report() {
        List<ValidationReport.ColumnValidation> results = new ArrayList<>();
        for (int i = 0; i < validators.length; i++) {
            results.add(new ValidationReport.ColumnValidation(columns.get(i), invalid[i], first.get(i)));
        }
        return new ValidationReport(results, records);
    }
}
