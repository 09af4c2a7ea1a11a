package com.redshiftloader.domain.schema.types;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A date or timestamp layout the user gives for a column, in Redshift's DATEFORMAT / TIMEFORMAT syntax ({@code MON DD
 * YYYY}, {@code DD.MM.YYYY}, {@code YYYY-MM-DD HH24:MI:SS}, {@code MM/DD/YY HH12:MI AM}). The column then accepts
 * exactly that layout: a value in another one (even ISO 8601) is refused, and so is a day that does not exist.
 * Numbers touching each other with no separator ({@code YYYYMMDD}) take their full width each, and a value that
 * leaves out a part (a month name) is refused like any other that does not match.
 * Without time parts the column is a DATE, with them a TIMESTAMP. Parts are case-insensitive; {@code YY} reads 70–99
 * as 1970–1999 and 00–69 as 2000–2069. Values are converted on the client, so every load path sends ISO values.
 */
public final class DateLayout implements TemporalPattern {

    /** The parts and separators a layout is made of, for messages and hints. */
    public static final String ACCEPTED = LayoutPart.ACCEPTED;

    private final String text;
    private final List<Object> parts;
    private final boolean hasTime;

    private DateLayout(String text, List<Object> parts) {
        this.text = text;
        this.parts = List.copyOf(parts);
        this.hasTime = parts.stream().anyMatch(part -> part instanceof LayoutPart p && p.isTime());
    }

    /**
     * The layout for the text ({@code mon dd yyyy} is {@code MON DD YYYY}).
     *
     * @throws InvalidLayoutException naming the part that is not Redshift syntax and listing the parts that are
     */
    public static DateLayout parse(String layout) {
        String text = layout == null ? "" : layout.strip().toUpperCase(Locale.ROOT);
        if (text.isEmpty() || text.equals("AUTO") || text.startsWith("EPOCH")) {
            throw new InvalidLayoutException("'" + (layout == null ? "" : layout.strip()) + "' is not a date layout;"
                    + " leave the date format empty to read the column as detected (Redshift's 'auto'), or choose"
                    + " Epoch numbers for epochsecs. A layout is made of " + LayoutPart.ACCEPTED + ".");
        }
        List<Object> parts = tokens(text);
        check(text, parts);
        return new DateLayout(text, parts);
    }

    private static List<Object> tokens(String text) {
        List<Object> parts = new ArrayList<>();
        int index = 0;
        while (index < text.length()) {
            char c = text.charAt(index);
            var part = LayoutPart.at(text, index);
            if (part.isPresent()) {
                parts.add(part.get());
                index += part.get().name().length();
                if (part.get() == LayoutPart.SS && text.startsWith(".S", index)) {
                    int digits = 0;
                    while (index + 1 + digits < text.length() && text.charAt(index + 1 + digits) == 'S') {
                        digits++;
                    }
                    parts.add(new Fraction(digits));
                    index += 1 + digits;
                }
            } else if (Character.isLetter(c) && c != 'T') {
                int end = index;
                while (end < text.length() && Character.isLetter(text.charAt(end))) {
                    end++;
                }
                throw new InvalidLayoutException("The date layout '" + text + "' has '" + text.substring(index, end)
                        + "', which is not a Redshift date or time part; use " + LayoutPart.ACCEPTED + ".");
            } else {
                parts.add(c);
                index++;
            }
        }
        return parts;
    }

    private static void check(String text, List<Object> parts) {
        Set<String> fields = new HashSet<>();
        for (Object part : parts) {
            if (part instanceof LayoutPart p && !fields.add(p.fieldName())) {
                throw new InvalidLayoutException(
                        "The date layout '" + text + "' gives the " + p.fieldName() + " twice; give it once.");
            }
            if (part instanceof Fraction(int digits) && (digits < 1 || digits > 6)) {
                throw new InvalidLayoutException("The date layout '" + text + "' has a fraction of " + digits
                        + " digits; Redshift keeps microseconds, so write SS.S to SS.SSSSSS.");
            }
        }
        for (String needed : List.of("year", "month", "day")) {
            if (!fields.contains(needed)) {
                throw new InvalidLayoutException("The date layout '" + text + "' has no " + needed
                        + "; a layout needs YYYY (or YY), MM (or MON) and DD.");
            }
        }
        boolean clock12 = parts.contains(LayoutPart.HH12);
        if (clock12 != fields.contains("AM/PM")) {
            throw new InvalidLayoutException("The date layout '" + text + "' "
                    + (clock12 ? "has HH12 without AM or PM" : "has AM or PM without HH12")
                    + "; a 12-hour clock needs both (HH12:MI AM), a 24-hour one neither (HH24:MI).");
        }
        if ((fields.contains("minutes") || fields.contains("seconds")) && !fields.contains("hour")) {
            throw new InvalidLayoutException(
                    "The date layout '" + text + "' has minutes or seconds but no hour; add HH24 or HH12.");
        }
    }

    /** The layout as Redshift writes it, upper case: {@code MON DD YYYY}. */
    public String text() {
        return text;
    }

    @Override
    public boolean hasTime() {
        return hasTime;
    }

    /** Redshift's TIMEFORMAT cannot carry a zone (no {@code OF}), so neither can a layout. */
    @Override
    public boolean zone() {
        return false;
    }

    @Override
    public String redshiftFormat() {
        return text;
    }

    @Override
    public DateTimeFormatter toFormatter() {
        DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder().parseCaseInsensitive();
        for (int index = 0; index < parts.size(); index++) {
            Object part = parts.get(index);
            switch (part) {
                case LayoutPart layoutPart -> {
                    layoutPart.appendTo(builder, touchesANumber(index));
                    if (layoutPart == LayoutPart.SS && !(at(index + 1) instanceof Fraction)) {
                        // Redshift's SS also takes a fraction of a second
                        builder.optionalStart()
                                .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
                                .optionalEnd();
                    }
                }
                case Fraction(int digits) -> builder.appendFraction(ChronoField.NANO_OF_SECOND, 1, digits, true);
                default -> builder.appendLiteral((char) part);
            }
        }
        if (!hasTime) {
            builder.parseDefaulting(ChronoField.HOUR_OF_DAY, 0);
        }
        builder.parseDefaulting(ChronoField.MINUTE_OF_HOUR, 0);
        return builder.toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }

    /** Whether the number part at {@code index} has a number part right before or after it, with no separator. */
    private boolean touchesANumber(int index) {
        return isNumber(at(index - 1)) || isNumber(at(index + 1));
    }

    private static boolean isNumber(Object part) {
        return part instanceof LayoutPart p && p.isNumber();
    }

    private Object at(int index) {
        return index >= 0 && index < parts.size() ? parts.get(index) : "";
    }

    /** A user's layout alone decides what its column accepts: never the ISO fast path. */
    @Override
    public boolean isoCompatible() {
        return false;
    }

    @Override
    public String mismatch() {
        return ": does not match " + text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DateLayout layout && layout.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }

    /** {@code .SSS}: a fraction of a second of one to {@code digits} digits. */
    private record Fraction(int digits) {}
}
