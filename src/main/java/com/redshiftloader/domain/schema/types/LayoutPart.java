package com.redshiftloader.domain.schema.types;

import java.time.format.DateTimeFormatterBuilder;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.util.Optional;

/**
 * One date or time part of a {@link DateLayout}, as Redshift's DATEFORMAT / TIMEFORMAT strings spell it. Numbers take
 * one or two digits ({@code 3/1/2024} as well as {@code 03/01/2024}), the year four (or two, for {@code YY}); a number
 * that touches another number with no separator ({@code YYYYMMDD}) takes exactly its full width, since where one ends
 * could not be told otherwise. A month name is the full or the short English name, in any case.
 */
enum LayoutPart {
    YYYY(ChronoField.YEAR),
    YY(ChronoField.YEAR),
    MONTH(ChronoField.MONTH_OF_YEAR),
    MON(ChronoField.MONTH_OF_YEAR),
    MM(ChronoField.MONTH_OF_YEAR),
    DD(ChronoField.DAY_OF_MONTH),
    HH24(ChronoField.HOUR_OF_DAY),
    HH12(ChronoField.CLOCK_HOUR_OF_AMPM),
    HH(ChronoField.HOUR_OF_DAY),
    MI(ChronoField.MINUTE_OF_HOUR),
    SS(ChronoField.SECOND_OF_MINUTE),
    AM(ChronoField.AMPM_OF_DAY),
    PM(ChronoField.AMPM_OF_DAY);

    /** The parts, as the user reads them in a message. */
    static final String ACCEPTED = "YYYY, YY, MM, MON (Jun or June, any case), MONTH, DD, HH24 (or HH), HH12, MI, SS,"
            + " SS.SSS (a fraction of up to as many digits as S's, at most 6), AM or PM, and separators such as"
            + " - / . : , space or T";

    private final ChronoField field;

    LayoutPart(ChronoField field) {
        this.field = field;
    }

    /** The part the layout text (upper case) starts with at {@code index}, the longest first. */
    static Optional<LayoutPart> at(String layout, int index) {
        for (LayoutPart part : values()) {
            if (layout.startsWith(part.name(), index)) {
                return Optional.of(part);
            }
        }
        return Optional.empty();
    }

    boolean isTime() {
        return field.isTimeBased();
    }

    /** The same field counts once: MM and MON are both the month, HH24 and HH both the hour. */
    String fieldName() {
        return switch (this) {
            case YYYY, YY -> "year";
            case MONTH, MON, MM -> "month";
            case DD -> "day";
            case HH24, HH12, HH -> "hour";
            case MI -> "minutes";
            case SS -> "seconds";
            case AM, PM -> "AM/PM";
        };
    }

    /** Whether the part is written in digits. */
    boolean isNumber() {
        return switch (this) {
            case MONTH, MON, AM, PM -> false;
            default -> true;
        };
    }

    /** @param fullWidth whether the part touches another number part with no separator between them */
    void appendTo(DateTimeFormatterBuilder builder, boolean fullWidth) {
        switch (this) {
            case YYYY -> builder.appendValue(field, 4);
            case YY -> builder.appendValueReduced(field, 2, 2, 1970);
            // required, the full or the short name; the longest first, so "June" does not stop after "Jun"
            case MONTH, MON -> builder.appendText(MonthName.FIELD, MonthName.names());
            case AM, PM -> builder.appendText(field);
            default -> builder.appendValue(field, fullWidth ? 2 : 1, 2, SignStyle.NOT_NEGATIVE);
        }
    }
}
