package com.redshiftloader.infra.load.s3copy;

import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.types.IsoDateTimeText;
import com.redshiftloader.infra.load.convert.StageRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes a converted row as one RFC 4180 CSV row for COPY: the plan's columns in order, then the source line.
 *
 * <p>Values were converted and checked first (as for an INSERT), so what COPY reads is normalised: dates as
 * {@code YYYY-MM-DD}, timestamps as {@code YYYY-MM-DD HH:MI:SS.ffffff} (with {@code +HH:MM} for TIMESTAMPTZ), exact
 * decimals, {@code true}/{@code false}. Redshift's {@code DATEFORMAT 'auto'} and {@code TIMEFORMAT 'auto'} read these
 * unambiguously whatever the source layout was (one COPY has one DATEFORMAT; a file may mix day-first and ISO
 * columns), and no value is left for COPY to round.
 *
 * <p>NULL and the empty string stay apart. COPY runs with {@code NULL AS '\N'} and without {@code EMPTYASNULL}: a
 * NULL is the unquoted field {@value #NULL_MARKER}; every value is quoted, so {@code ""} is an empty string and a
 * value that is literally {@code \N} stays text. Values are never shortened.
 */
final class CsvPartEncoder {

    static final String NULL_MARKER = "\\N";

    private static final DateTimeFormatter TIMESTAMPTZ =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSxxx", Locale.ROOT);

    private final int columns;

    CsvPartEncoder(List<ColumnSpec> columns) {
        this.columns = columns.size();
    }

    /** Appends the row (ending in a newline) to {@code out}; returns the number of newlines it holds. */
    int encode(StageRow row, StringBuilder out) {
        int newlines = 1;
        Object[] values = row.values();
        for (int i = 0; i < columns; i++) {
            Object value = values[i];
            if (value == null) {
                out.append(NULL_MARKER);
            } else {
                newlines += quote(text(value), out);
            }
            out.append(',');
        }
        out.append(row.line()).append('\n');
        return newlines;
    }

    /** A non-null value as the part holds it, before quoting. */
    static String text(Object value) {
        return switch (value) {
            case String text -> text;
            case BigDecimal number -> number.toPlainString();
            case LocalDate date -> date.toString();
            case LocalDateTime timestamp -> IsoDateTimeText.text(timestamp);
            case OffsetDateTime timestamp -> TIMESTAMPTZ.format(timestamp);
            default -> value.toString();
        };
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
