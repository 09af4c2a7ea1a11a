package com.redshiftloader.infra.load.convert;

import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.types.BooleanText;
import com.redshiftloader.domain.schema.types.DateTimeText;
import com.redshiftloader.domain.schema.types.NumberText;
import com.redshiftloader.domain.schema.types.RedshiftType;
import com.redshiftloader.domain.schema.types.ScalarType;
import com.redshiftloader.domain.schema.types.TemporalPattern;
import com.redshiftloader.domain.schema.types.ValueTextException;
import com.redshiftloader.domain.text.Counts;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns one column's source text into the Java value bound for it: integers as {@code Long}, DECIMAL as an exact
 * {@link BigDecimal}, booleans, dates and timestamps (with the detected pattern when there is one, else ISO 8601;
 * TIMESTAMPTZ keeps its offset), and text as the very same string (never trimmed, never cast). Null tokens were
 * handled by the caller. Not thread-safe is not an issue: it keeps no state.
 */
public final class ValueConverter {

    private final ColumnSpec column;
    private final DateTimeText dates;

    public ValueConverter(ColumnSpec column, Optional<TemporalPattern> pattern) {
        this.column = column;
        this.dates = new DateTimeText(pattern);
    }

    ColumnSpec column() {
        return column;
    }

    /** The value to bind, never null. */
    public Object convert(String text) throws ConversionException {
        return switch (column.type()) {
            case RedshiftType.Varchar varchar -> text(text, varchar.bytes(), varchar.sql());
            case RedshiftType.Char fixed -> text(text, fixed.bytes(), fixed.sql());
            case RedshiftType.Decimal decimal -> decimal(text, decimal);
            case ScalarType scalar -> scalar(text, scalar);
        };
    }

    private Object scalar(String text, ScalarType scalar) throws ConversionException {
        return switch (scalar) {
            case BOOLEAN -> bool(text);
            case SMALLINT -> integer(text, Short.MIN_VALUE, Short.MAX_VALUE);
            case INTEGER -> integer(text, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case BIGINT -> integer(text, Long.MIN_VALUE, Long.MAX_VALUE);
            case REAL -> floating(text, true);
            case DOUBLE_PRECISION -> floating(text, false);
            case DATE, TIMESTAMP, TIMESTAMPTZ -> temporal(text, scalar);
            case SUPER, TIME, TIMETZ, VARBYTE, GEOMETRY -> text;
        };
    }

    private static String text(String text, int maxBytes, String sql) throws ConversionException {
        if (text.length() * 3 > maxBytes) {
            int bytes = text.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > maxBytes) {
                throw new ConversionException(Counts.of(bytes, "byte") + ", longer than " + sql + " holds");
            }
        }
        return text;
    }

    private static Boolean bool(String text) throws ConversionException {
        try {
            return BooleanText.parse(text);
        } catch (ValueTextException e) {
            throw new ConversionException(e.getMessage());
        }
    }

    private static Long integer(String text, long min, long max) throws ConversionException {
        try {
            return NumberText.wholeNumber(text, min, max);
        } catch (ValueTextException e) {
            throw new ConversionException(e.getMessage());
        }
    }

    private static Double floating(String text, boolean single) throws ConversionException {
        try {
            return NumberText.floating(text, single);
        } catch (ValueTextException e) {
            throw new ConversionException(e.getMessage());
        }
    }

    private static BigDecimal decimal(String text, RedshiftType.Decimal decimal) throws ConversionException {
        try {
            return NumberText.decimal(text, decimal);
        } catch (ValueTextException e) {
            throw new ConversionException(e.getMessage());
        }
    }

    private Object temporal(String text, ScalarType type) throws ConversionException {
        try {
            return dates.read(text, type);
        } catch (ValueTextException e) {
            throw new ConversionException(e.getMessage());
        }
    }
}
