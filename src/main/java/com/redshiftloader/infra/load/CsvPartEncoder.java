package com.redshiftloader.infra.load;

import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.RedshiftType;
import com.redshiftloader.domain.source.NullTokens;
import com.redshiftloader.domain.source.SourceRecord;
import com.redshiftloader.domain.source.SourceSettings;
import java.util.List;
import java.util.Optional;

/**
 * Writes a record as one RFC 4180 CSV row for COPY: the plan's columns in order, then the source line.
 *
 * <p>NULL and the empty string stay apart. COPY runs with {@code NULL AS '\N'} and without {@code EMPTYASNULL}: a
 * NULL (a null token of the source settings, or a value the record lacks) is the unquoted field {@value #NULL_MARKER};
 * every value is quoted, so {@code ""} is an empty string and a value that is literally {@code \N} stays text. An empty
 * value in a non-character column (a number, a date) is written as NULL, which is what Redshift loads for it anyway.
 * Values are never shortened.
 */
final class CsvPartEncoder {

    static final String NULL_MARKER = "\\N";

    private final List<ColumnSpec> columns;
    private final boolean[] character;
    private final NullTokens nullTokens;

    CsvPartEncoder(List<ColumnSpec> columns, SourceSettings settings) {
        this.columns = List.copyOf(columns);
        this.nullTokens = new NullTokens(settings.nullTokens());
        this.character = new boolean[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            RedshiftType type = columns.get(i).type();
            character[i] = type instanceof RedshiftType.Varchar || type instanceof RedshiftType.Char;
        }
    }

    /** Appends the row (ending in a newline) to {@code out}; returns the number of newlines it holds. */
    int encode(SourceRecord record, StringBuilder out) {
        int newlines = 1;
        for (int i = 0; i < columns.size(); i++) {
            Optional<String> value = record.field(columns.get(i).position());
            if (value.isEmpty()
                    || nullTokens.matches(value.get())
                    || (value.get().isEmpty() && !character[i])) {
                out.append(NULL_MARKER);
            } else {
                newlines += quote(value.get(), out);
            }
            out.append(',');
        }
        out.append(record.line()).append('\n');
        return newlines;
    }

    private static int quote(String value, StringBuilder out) {
        int newlines = 0;
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                out.append('"');
            } else if (c == '\n') {
                newlines++;
            }
            out.append(c);
        }
        out.append('"');
        return newlines;
    }
}
