package com.redshiftloader.infra.load;

import com.redshiftloader.domain.schema.BooleanText;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.DateOrder;
import com.redshiftloader.domain.schema.NumberText;
import com.redshiftloader.domain.schema.RedshiftType;
import com.redshiftloader.domain.schema.ScalarType;
import com.redshiftloader.domain.schema.TemporalPattern;
import com.redshiftloader.domain.schema.ValueTextException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Turns one column's source text into the Java value bound for it: integers as {@code Long}, DECIMAL as an exact
 * {@link BigDecimal}, booleans, dates and timestamps (with the detected pattern when there is one, else ISO 8601;
 * TIMESTAMPTZ keeps its offset), and text as the very same string (never trimmed, never cast). Null tokens were
 * handled by the caller. Not thread-safe is not an issue: it keeps no state.
 */
final class ValueConverter {

    private final ColumnSpec column;
    private final Optional<DateTimeFormatter> pattern;
    private final boolean patternHasZone;
    private final boolean isoLayout;

    ValueConverter(ColumnSpec column, Optional<TemporalPattern> pattern) {
        this.column = column;
        this.pattern = pattern.map(TemporalPattern::toFormatter);
        this.patternHasZone = pattern.map(TemporalPattern::zone).orElse(false);
        this.isoLayout = pattern.map(p -> p.order() == DateOrder.YMD_DASH && !p.clock12() && !p.zone())
                .orElse(true);
    }

    ColumnSpec column() {
        return column;
    }

    /** The value to bind, never null. */
    Object convert(String text) throws ConversionException {
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
            case DATE -> date(text);
            case TIMESTAMP -> {
                LocalDateTime value = timestamp(text);
                yield microseconds(value.getNano(), value);
            }
            case TIMESTAMPTZ -> {
                OffsetDateTime value = timestampTz(text);
                yield microseconds(value.getNano(), value);
            }
            case SUPER, TIME, TIMETZ, VARBYTE, GEOMETRY -> text;
        };
    }

    /** Redshift keeps microseconds: a finer fraction would be rounded, so it is refused. */
    private static Object microseconds(int nanos, Object value) throws ConversionException {
        if (nanos % 1_000 != 0) {
            throw new ConversionException(
                    "too precise: more than 6 digits after the second; Redshift keeps microseconds"
                            + " (it would be rounded; load the column as VARCHAR to keep every digit)");
        }
        return value;
    }

    private static String text(String text, int maxBytes, String sql) throws ConversionException {
        if (text.length() * 3 > maxBytes) {
            int bytes = text.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > maxBytes) {
                throw new ConversionException(
                        bytes + " bytes, longer than " + sql + " holds (Redshift would reject or truncate it)");
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

    private LocalDate date(String text) throws ConversionException {
        LocalDate fast = isoLayout ? IsoDateTimeText.date(text) : null;
        if (fast != null) {
            return fast;
        }
        try {
            return pattern.isPresent()
                    ? LocalDate.parse(text.strip(), pattern.get())
                    : LocalDate.parse(text.strip(), DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            throw new ConversionException("not a valid date" + expected());
        }
    }

    private LocalDateTime timestamp(String text) throws ConversionException {
        LocalDateTime fast = isoLayout ? IsoDateTimeText.timestamp(text) : null;
        if (fast != null) {
            return fast;
        }
        try {
            if (pattern.isPresent()) {
                return LocalDateTime.parse(text.strip(), pattern.get());
            }
            String iso = isoText(text);
            return iso.length() == 10 ? LocalDate.parse(iso).atStartOfDay() : LocalDateTime.parse(iso);
        } catch (DateTimeParseException e) {
            throw new ConversionException("not a valid timestamp" + expected());
        }
    }

    private OffsetDateTime timestampTz(String text) throws ConversionException {
        try {
            if (pattern.isPresent()) {
                return patternHasZone
                        ? OffsetDateTime.parse(text.strip(), pattern.get())
                        : LocalDateTime.parse(text.strip(), pattern.get()).atOffset(ZoneOffset.UTC);
            }
            String iso = isoText(text);
            if (iso.length() == 10) {
                return LocalDate.parse(iso).atStartOfDay().atOffset(ZoneOffset.UTC);
            }
            try {
                return OffsetDateTime.parse(iso.replace(" ", ""), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            } catch (DateTimeParseException noOffset) {
                return LocalDateTime.parse(iso).atOffset(ZoneOffset.UTC);
            }
        } catch (DateTimeParseException e) {
            throw new ConversionException("not a valid timestamp with time zone" + expected());
        }
    }

    /** ISO with a space instead of the T, and {@code +02} as {@code +02:00}. */
    private static String isoText(String text) {
        String iso = text.strip();
        if (iso.length() > 10 && iso.charAt(10) == ' ') {
            iso = iso.substring(0, 10) + 'T' + iso.substring(11);
        }
        int length = iso.length();
        if (length > 19 && (iso.charAt(length - 3) == '+' || iso.charAt(length - 3) == '-')) {
            iso = iso + ":00";
        }
        return iso;
    }

    private String expected() {
        return pattern.isPresent() ? " in the detected layout" : " (expected ISO 8601, e.g. 2024-03-31 13:45:00)";
    }
}
