package com.redshiftloader.infra.load.convert;

import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.types.TemporalPattern;
import com.redshiftloader.domain.source.NullTokens;
import com.redshiftloader.domain.source.SourceRecord;
import com.redshiftloader.domain.source.SourceSettings;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Converts whole source records with one {@link ValueConverter} per plan column; null tokens become SQL NULL. */
public final class RowConverter {

    /** Per value: the separators and placeholder text a value adds to a statement. */
    private static final int VALUE_OVERHEAD = 8;

    private final NullTokens nullTokens;
    private final ValueConverter[] converters;

    public RowConverter(List<ColumnSpec> columns, SourceSettings settings, Map<String, TemporalPattern> patterns) {
        this.nullTokens = new NullTokens(settings.nullTokens());
        this.converters = columns.stream()
                .map(column -> new ValueConverter(column, Optional.ofNullable(patterns.get(column.name()))))
                .toArray(ValueConverter[]::new);
    }

    int columns() {
        return converters.length;
    }

    public RowConversion convert(SourceRecord record) {
        Object[] values = new Object[converters.length];
        long bytes = 16;
        for (int i = 0; i < converters.length; i++) {
            ValueConverter converter = converters[i];
            String text = record.field(converter.column().position()).orElse(null);
            bytes += VALUE_OVERHEAD;
            if (text == null || nullTokens.matches(text)) {
                continue;
            }
            int nul = text.indexOf('\0');
            if (nul >= 0) {
                return new RowConversion.Failed(
                        record, converter.column().name(), text.replace("\0", "\\0"), nulByte(nul));
            }
            try {
                values[i] = converter.convert(text);
            } catch (ConversionException e) {
                return new RowConversion.Failed(record, converter.column().name(), text, e.reason());
            }
            bytes += utf8Estimate(text);
        }
        return new RowConversion.Converted(new StageRow(record.line(), values, bytes));
    }

    /**
     * Neither Redshift nor PostgreSQL stores a NUL character in any column: caught here, the row is a bad row with its
     * line and column (and counts against the reject budget) instead of a database error without a column.
     */
    private static String nulByte(int at) {
        return "not storable: it holds a NUL byte (0x00) at character " + (at + 1)
                + ", which Redshift and PostgreSQL do not store. Remove the NUL bytes from the file (for example with"
                + " tr -d '\\000')";
    }

    /** An upper bound of the UTF-8 length, without encoding: 3 bytes per char beyond ASCII. */
    private static long utf8Estimate(String text) {
        long bytes = text.length();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                bytes += 2;
            }
        }
        return bytes;
    }
}
