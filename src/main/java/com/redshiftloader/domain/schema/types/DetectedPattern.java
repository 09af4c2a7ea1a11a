package com.redshiftloader.domain.schema.types;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * The date or timestamp layout detected in a column (by inference), so that the loader can emit Redshift's
 * DATEFORMAT / TIMEFORMAT or parse values itself. A layout the user gives is a {@link DateLayout}.
 *
 * @param order the order and separator of year, month and day
 * @param hasTime whether values carry a time of day
 * @param clock12 whether times use a 12-hour clock with AM/PM
 * @param seconds whether times carry seconds
 * @param fractionDigits the most fraction-of-second digits seen
 * @param zone whether values carry a zone offset or {@code Z}
 * @param dateTimeSeparator the character between date and time ({@code ' '} or {@code 'T'})
 */
public record DetectedPattern(
        DateOrder order,
        boolean hasTime,
        boolean clock12,
        boolean seconds,
        int fractionDigits,
        boolean zone,
        char dateTimeSeparator)
        implements TemporalPattern {

    /**
     * The Redshift format: a DATEFORMAT for dates, a TIMEFORMAT for timestamps; {@code auto} for ISO 8601 values
     * with a {@code T} or a zone, which Redshift's {@code auto} recognises.
     */
    @Override
    public String redshiftFormat() {
        if (!hasTime) {
            return order.redshiftFormat();
        }
        if (zone || dateTimeSeparator == 'T') {
            return "auto";
        }
        StringBuilder format = new StringBuilder(order.redshiftFormat()).append(' ');
        format.append(clock12 ? "HH12:MI" : "HH24:MI");
        if (seconds) {
            format.append(":SS");
        }
        if (fractionDigits > 0) {
            format.append('.').append("S".repeat(Math.min(fractionDigits, 6)));
        }
        if (clock12) {
            format.append(" AM");
        }
        return format.toString();
    }

    /**
     * A java.time formatter that parses the values of the column (case-insensitive AM/PM, optional parts), strictly:
     * 30 February is refused, not moved to the 29th.
     */
    @Override
    public DateTimeFormatter toFormatter() {
        DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder().parseCaseInsensitive();
        builder.appendPattern(order.javaPattern());
        if (hasTime) {
            builder.appendLiteral(dateTimeSeparator).appendPattern(clock12 ? "h:mm" : "H:mm");
            builder.optionalStart().appendPattern(":ss");
            builder.optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true);
            builder.optionalEnd().optionalEnd();
            if (clock12) {
                builder.optionalStart().appendLiteral(' ').optionalEnd().appendPattern("a");
            }
            if (zone) {
                builder.optionalStart().appendLiteral(' ').optionalEnd().appendPattern("[XXX][XX][X]");
            }
        }
        return builder.toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }

    @Override
    public boolean isoCompatible() {
        return order == DateOrder.YMD_DASH && !clock12 && !zone;
    }

    @Override
    public String mismatch() {
        return " in the detected layout";
    }
}
