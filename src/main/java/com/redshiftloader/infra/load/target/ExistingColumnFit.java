package com.redshiftloader.infra.load.target;

import com.redshiftloader.domain.load.LoadException;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.types.TemporalPattern;
import com.redshiftloader.domain.source.NullTokens;
import com.redshiftloader.domain.source.RecordReader;
import com.redshiftloader.domain.source.SourceFormatException;
import com.redshiftloader.domain.source.SourceRecord;
import com.redshiftloader.infra.files.SourceReaders;
import com.redshiftloader.infra.load.convert.ConversionException;
import com.redshiftloader.infra.load.convert.ValueConverter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether any of the file's values fits an existing column whose type the inferred type does not match (a text
 * column into an integer one, BIGINT into INTEGER, a wider text): one streaming pass, run only for such columns. A
 * column that holds some values is loaded with its values checked one by one (a value that does not fit is a bad
 * row with its line); one that holds none is a conflict, named by the first value that rules it out.
 */
final class ExistingColumnFit {

    /** The first value that does not fit, with its line and why. */
    record Misfit(long line, String value, String reason) {}

    private ExistingColumnFit() {}

    /**
     * @param columns the columns to check, typed as the table's (by source position)
     * @param patterns the date or timestamp layout of a column, by source position (the others are ISO 8601), so that
     *     each value is read as the load's converter reads it
     * @return per source position, the first value that does not fit, for the columns none of whose values fits
     *     (all-NULL columns fit)
     */
    static Map<Integer, Misfit> nothingFits(
            LoadPlan plan, List<ColumnSpec> columns, Map<Integer, TemporalPattern> patterns) throws LoadException {
        NullTokens nulls = new NullTokens(plan.settings().nullTokens());
        Map<Integer, ValueConverter> converters = new HashMap<>();
        columns.forEach(column -> converters.put(
                column.position(), new ValueConverter(column, Optional.ofNullable(patterns.get(column.position())))));
        Map<Integer, Misfit> misfits = new HashMap<>();
        try (RecordReader reader = SourceReaders.open(plan.file(), plan.settings())) {
            Optional<SourceRecord> next;
            while (!converters.isEmpty() && (next = reader.next()).isPresent()) {
                SourceRecord record = next.get();
                converters.entrySet().removeIf(entry -> fits(entry.getValue(), record, entry.getKey(), nulls, misfits));
            }
        } catch (SourceFormatException e) {
            throw new LoadException(e.getMessage(), "Fix the file, or check its settings (delimiter, quote).", e);
        }
        misfits.keySet().retainAll(converters.keySet());
        return misfits;
    }

    /** Whether the record's value fits; the first that does not is kept. */
    private static boolean fits(
            ValueConverter converter,
            SourceRecord record,
            int position,
            NullTokens nulls,
            Map<Integer, Misfit> misfits) {
        String value = record.field(position).orElse(null);
        if (value == null || nulls.matches(value)) {
            return false;
        }
        try {
            converter.convert(value);
            return true;
        } catch (ConversionException e) {
            misfits.putIfAbsent(position, new Misfit(record.line(), value, e.reason()));
            return false;
        }
    }
}
