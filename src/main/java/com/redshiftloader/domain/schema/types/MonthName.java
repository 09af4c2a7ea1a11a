package com.redshiftloader.domain.schema.types;

import java.time.DateTimeException;
import java.time.Month;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalField;
import java.time.temporal.TemporalUnit;
import java.time.temporal.ValueRange;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The month of a layout's {@code MON} or {@code MONTH} part, written as its full or its short English name ({@code
 * June}, {@code Jun}): one required text whose value is 1–12 for a full name and 13–24 for a short one, resolved to
 * the month of the year. java.time has no required choice between two texts (its {@code [MMMM][MMM]} makes both
 * optional, so a value without a month would parse); a field of its own makes the name required. Parsing only.
 */
final class MonthName implements TemporalField {

    static final MonthName FIELD = new MonthName();

    private static final int MONTHS = 12;

    private MonthName() {}

    /** The names to parse, by value: full names first, short names 12 further on. */
    static Map<Long, String> names() {
        Map<Long, String> names = new LinkedHashMap<>();
        for (Month month : Month.values()) {
            names.put((long) month.getValue(), month.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        }
        for (Month month : Month.values()) {
            names.put((long) month.getValue() + MONTHS, month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        }
        return names;
    }

    @Override
    public TemporalAccessor resolve(
            Map<TemporalField, Long> fieldValues, TemporalAccessor partialTemporal, ResolverStyle resolverStyle) {
        long value = fieldValues.remove(this);
        fieldValues.put(ChronoField.MONTH_OF_YEAR, (value - 1) % MONTHS + 1);
        return null;
    }

    @Override
    public TemporalUnit getBaseUnit() {
        return ChronoUnit.MONTHS;
    }

    @Override
    public TemporalUnit getRangeUnit() {
        return ChronoUnit.YEARS;
    }

    @Override
    public ValueRange range() {
        return ValueRange.of(1, 2 * MONTHS);
    }

    @Override
    public boolean isDateBased() {
        return true;
    }

    @Override
    public boolean isTimeBased() {
        return false;
    }

    /** Never on a date: the field exists only while a value is parsed. */
    @Override
    public boolean isSupportedBy(TemporalAccessor temporal) {
        return false;
    }

    @Override
    public ValueRange rangeRefinedBy(TemporalAccessor temporal) {
        return range();
    }

    @Override
    public long getFrom(TemporalAccessor temporal) {
        throw new DateTimeException("A month name is only parsed, never read from a date");
    }

    @Override
    public <R extends Temporal> R adjustInto(R temporal, long newValue) {
        throw new DateTimeException("A month name is only parsed, never set on a date");
    }

    @Override
    public String toString() {
        return "MonthName";
    }
}
