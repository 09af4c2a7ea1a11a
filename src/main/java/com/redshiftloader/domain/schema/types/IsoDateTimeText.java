package com.redshiftloader.domain.schema.types;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Reads the commonest layouts without a formatter: {@code yyyy-MM-dd} and {@code yyyy-MM-dd HH:mm:ss[.f…]} (space or
 * {@code T}, up to nine fraction digits, no zone). Anything else is left to the formatter ({@code null} returned).
 * Impossible dates (30 February) are refused, never moved to a valid day. Writes the one text a TIMESTAMP is sent
 * as ({@link #text(LocalDateTime)}).
 */
public final class IsoDateTimeText {

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS", Locale.ROOT);

    private IsoDateTimeText() {}

    /**
     * The timestamp as {@code yyyy-MM-dd HH:mm:ss.ffffff}: what the server reads back exactly, whatever the session's
     * time zone (Redshift keeps microseconds; the converter refuses finer fractions).
     */
    public static String text(LocalDateTime timestamp) {
        return TIMESTAMP.format(timestamp);
    }

    /** The date, or {@code null} when the text is not exactly {@code yyyy-MM-dd}. */
    static LocalDate date(String text) throws ValueTextException {
        if (text.length() != 10 || !dateShape(text)) {
            return null;
        }
        try {
            return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
        } catch (DateTimeException e) {
            throw new ValueTextException("not a valid date (" + e.getMessage() + ")");
        }
    }

    /** The timestamp, or {@code null} when the text is not in the ISO layout with seconds and without a zone. */
    static LocalDateTime timestamp(String text) throws ValueTextException {
        int length = text.length();
        if (length < 19 || !dateShape(text)) {
            return null;
        }
        char separator = text.charAt(10);
        if ((separator != ' ' && separator != 'T')
                || !digit(text, 11)
                || !digit(text, 12)
                || text.charAt(13) != ':'
                || !digit(text, 14)
                || !digit(text, 15)
                || text.charAt(16) != ':'
                || !digit(text, 17)
                || !digit(text, 18)) {
            return null;
        }
        int nanos = 0;
        if (length > 19) {
            int fraction = length - 20;
            if (text.charAt(19) != '.' || fraction < 1 || fraction > 9) {
                return null;
            }
            for (int i = 20; i < length; i++) {
                if (!digit(text, i)) {
                    return null;
                }
            }
            nanos = digits(text, 20, length);
            for (int i = fraction; i < 9; i++) {
                nanos *= 10;
            }
        }
        try {
            return LocalDateTime.of(
                    digits(text, 0, 4),
                    digits(text, 5, 7),
                    digits(text, 8, 10),
                    digits(text, 11, 13),
                    digits(text, 14, 16),
                    digits(text, 17, 19),
                    nanos);
        } catch (DateTimeException e) {
            throw new ValueTextException("not a valid timestamp (" + e.getMessage() + ")");
        }
    }

    private static boolean dateShape(String text) {
        return digit(text, 0)
                && digit(text, 1)
                && digit(text, 2)
                && digit(text, 3)
                && text.charAt(4) == '-'
                && digit(text, 5)
                && digit(text, 6)
                && text.charAt(7) == '-'
                && digit(text, 8)
                && digit(text, 9);
    }

    private static boolean digit(String text, int index) {
        char c = text.charAt(index);
        return c >= '0' && c <= '9';
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }
}
