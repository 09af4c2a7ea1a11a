package com.redshiftloader.domain.schema.types;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;

/**
 * The one reader of date and time text for checking ({@link ValueValidator}) and conversion (the loaders' value
 * converter): DATE, TIMESTAMP and TIMESTAMPTZ in the column's detected layout, else ISO 8601 (a space or {@code T};
 * {@code Z}, {@code +05:30}, {@code +05}); TIMESTAMPTZ keeps its offset (UTC without one). Impossible dates are
 * refused, never moved to a valid day, and so is a fraction finer than the microseconds Redshift keeps. Inference
 * recognises layouts with {@link TemporalShape}; the binary COPY encodes the ISO subset its rule accepts.
 */
public final class DateTimeText {

    private final Optional<DateTimeFormatter> pattern;
    private final boolean patternHasZone;
    private final boolean isoLayout;
    private final String mismatch;

    /** @param pattern the column's detected or given layout, or empty for ISO 8601 */
    public DateTimeText(Optional<TemporalPattern> pattern) {
        this.pattern = pattern.map(TemporalPattern::toFormatter);
        this.patternHasZone = pattern.map(TemporalPattern::zone).orElse(false);
        this.mismatch = pattern.map(TemporalPattern::mismatch).orElse(" (expected ISO 8601, e.g. 2024-03-31 13:45:00)");
        this.isoLayout = pattern.map(TemporalPattern::isoCompatible).orElse(true);
    }

    /**
     * The value of a DATE ({@link LocalDate}), TIMESTAMP ({@link LocalDateTime}) or TIMESTAMPTZ ({@link
     * OffsetDateTime}) column.
     */
    public Object read(String text, ScalarType type) throws ValueTextException {
        return switch (type) {
            case DATE -> date(text);
            case TIMESTAMP -> {
                LocalDateTime value = timestamp(text);
                yield microseconds(value.getNano(), value);
            }
            case TIMESTAMPTZ -> {
                OffsetDateTime value = timestampTz(text);
                yield microseconds(value.getNano(), value);
            }
            default -> throw new IllegalArgumentException(type.sql() + " is not a date or time type");
        };
    }

    /** Redshift keeps microseconds: a finer fraction would be rounded, so it is refused. */
    private static Object microseconds(int nanos, Object value) throws ValueTextException {
        if (nanos % 1_000 != 0) {
            throw new ValueTextException("too precise: more than 6 digits after the second; Redshift keeps microseconds"
                    + " (it would be rounded; load the column as VARCHAR to keep every digit)");
        }
        return value;
    }

    private LocalDate date(String text) throws ValueTextException {
        LocalDate fast = isoLayout ? IsoDateTimeText.date(text) : null;
        if (fast != null) {
            return fast;
        }
        TemporalAccessor parsed;
        LocalDate date;
        try {
            parsed = pattern.orElse(DateTimeFormatter.ISO_LOCAL_DATE).parse(text.strip());
            date = LocalDate.from(parsed);
        } catch (DateTimeException e) {
            // not only a parse error: whatever java.time cannot make a date of is this value's error, not the load's
            throw new ValueTextException("not a valid date" + mismatch);
        }
        if (parsed.isSupported(ChronoField.NANO_OF_DAY) && parsed.getLong(ChronoField.NANO_OF_DAY) != 0) {
            throw new ValueTextException("a date with a time of day, which a DATE column would drop; load the column"
                    + " as TIMESTAMP to keep it");
        }
        return date;
    }

    private LocalDateTime timestamp(String text) throws ValueTextException {
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
        } catch (DateTimeException e) {
            throw new ValueTextException("not a valid timestamp" + mismatch);
        }
    }

    private OffsetDateTime timestampTz(String text) throws ValueTextException {
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
        } catch (DateTimeException e) {
            throw new ValueTextException("not a valid timestamp with time zone" + mismatch);
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
}
