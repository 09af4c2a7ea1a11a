package com.redshiftloader.domain.schema.inference;

import com.redshiftloader.domain.schema.types.DateOrder;

/**
 * Reads the shape of a date or timestamp without allocating: which date orders it fits (a bit set of {@link
 * DateOrder}), whether it has a time, a 12-hour clock, seconds, a fraction, a zone. A scratch object: one per
 * column, not thread-safe.
 */
final class TemporalShape {

    int dateOrders;
    boolean hasTime;
    boolean clock12;
    boolean seconds;
    int fractionDigits;
    boolean zone;
    char dateTimeSeparator;

    private CharSequence text;
    private int pos;

    /** All the fields in one number, so that a value shaped like the one before is recognised at once. */
    int signature() {
        return dateOrders
                | (hasTime ? 1 << 8 : 0)
                | (clock12 ? 1 << 9 : 0)
                | (seconds ? 1 << 10 : 0)
                | (zone ? 1 << 11 : 0)
                | fractionDigits << 12
                | dateTimeSeparator << 16;
    }

    /** Whether the text is a date or timestamp; fills the fields when it is. */
    boolean scan(CharSequence value) {
        text = value;
        pos = 0;
        hasTime = false;
        clock12 = false;
        seconds = false;
        fractionDigits = 0;
        zone = false;
        if (fastIso(value)) {
            return true;
        }
        dateOrders = scanDate();
        if (dateOrders == 0) {
            return false;
        }
        if (pos == text.length()) {
            return true;
        }
        char separator = text.charAt(pos);
        if (separator != ' ' && separator != 'T') {
            return false;
        }
        dateTimeSeparator = separator;
        pos++;
        hasTime = true;
        return scanTime() && scanZone() && pos == text.length();
    }

    /** {@code yyyy-MM-dd} and {@code yyyy-MM-dd HH:mm:ss} (or with T), the common case, read without loops. */
    private boolean fastIso(CharSequence v) {
        int n = v.length();
        if ((n != 10 && n != 19) || v.charAt(4) != '-' || v.charAt(7) != '-') {
            return false;
        }
        int century = two(v, 0);
        int yearOfCentury = two(v, 2);
        if (century < 0 || yearOfCentury < 0 || !valid(century * 100 + yearOfCentury, two(v, 5), two(v, 8))) {
            return false;
        }
        dateOrders = DateOrder.YMD_DASH.bit();
        if (n == 10) {
            return true;
        }
        char separator = v.charAt(10);
        if ((separator != ' ' && separator != 'T') || v.charAt(13) != ':' || v.charAt(16) != ':') {
            return false;
        }
        int hour = two(v, 11);
        int minute = two(v, 14);
        int second = two(v, 17);
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) {
            return false;
        }
        hasTime = true;
        seconds = true;
        dateTimeSeparator = separator;
        return true;
    }

    /** Two digits at a position, or a negative number when they are not digits. */
    private static int two(CharSequence v, int at) {
        int high = v.charAt(at) - '0';
        int low = v.charAt(at + 1) - '0';
        if (high < 0 || high > 9 || low < 0 || low > 9) {
            return -1000;
        }
        return high * 10 + low;
    }

    private int scanDate() {
        int first = digits(4);
        int firstLength = lastLength;
        if (first < 0 || pos >= text.length()) {
            return 0;
        }
        char separator = text.charAt(pos++);
        int second = digits(2);
        if (second < 0 || lastLength == 0 || pos >= text.length() || text.charAt(pos++) != separator) {
            return 0;
        }
        int third = digits(4);
        int thirdLength = lastLength;
        if (third < 0) {
            return 0;
        }
        if (firstLength == 4 && thirdLength <= 2) {
            return ymd(separator, first, second, third);
        }
        if (firstLength <= 2 && thirdLength == 4) {
            return dayMonth(separator, first, second, third);
        }
        return 0;
    }

    private static int ymd(char separator, int year, int month, int day) {
        if (!valid(year, month, day)) {
            return 0;
        }
        return switch (separator) {
            case '-' -> DateOrder.YMD_DASH.bit();
            case '/' -> DateOrder.YMD_SLASH.bit();
            default -> 0;
        };
    }

    private static int dayMonth(char separator, int first, int second, int year) {
        boolean monthFirst = valid(year, first, second);
        boolean dayFirst = valid(year, second, first);
        return switch (separator) {
            case '/' -> (monthFirst ? DateOrder.MDY_SLASH.bit() : 0) | (dayFirst ? DateOrder.DMY_SLASH.bit() : 0);
            case '-' -> (monthFirst ? DateOrder.MDY_DASH.bit() : 0) | (dayFirst ? DateOrder.DMY_DASH.bit() : 0);
            case '.' -> dayFirst ? DateOrder.DMY_DOT.bit() : 0;
            default -> 0;
        };
    }

    private boolean scanTime() {
        int hour = digits(2);
        if (hour < 0 || lastLength == 0 || !expect(':')) {
            return false;
        }
        int minute = digits(2);
        if (lastLength != 2 || minute > 59) {
            return false;
        }
        if (pos < text.length() && text.charAt(pos) == ':') {
            pos++;
            int second = digits(2);
            if (lastLength != 2 || second > 60) {
                return false;
            }
            seconds = true;
            if (pos < text.length() && (text.charAt(pos) == '.' || text.charAt(pos) == ',')) {
                pos++;
                digits(9);
                fractionDigits = lastLength;
                if (fractionDigits == 0) {
                    return false;
                }
            }
        }
        return scanMeridiem(hour);
    }

    private boolean scanMeridiem(int hour) {
        int start = pos;
        if (pos < text.length() && text.charAt(pos) == ' ') {
            pos++;
        }
        if (pos + 1 < text.length() && isMeridiem(text.charAt(pos), text.charAt(pos + 1))) {
            pos += 2;
            clock12 = true;
            return hour >= 1 && hour <= 12;
        }
        pos = start;
        return hour <= 23;
    }

    private static boolean isMeridiem(char first, char second) {
        char a = Character.toUpperCase(first);
        return (a == 'A' || a == 'P') && Character.toUpperCase(second) == 'M';
    }

    private boolean scanZone() {
        if (pos == text.length()) {
            return true;
        }
        if (text.charAt(pos) == ' ') {
            pos++;
        }
        if (pos < text.length() && text.charAt(pos) == 'Z') {
            pos++;
            zone = true;
            return true;
        }
        if (pos >= text.length() || (text.charAt(pos) != '+' && text.charAt(pos) != '-')) {
            return false;
        }
        pos++;
        int hours = digits(2);
        if (lastLength != 2 || hours > 18) {
            return false;
        }
        if (pos < text.length() && text.charAt(pos) == ':') {
            pos++;
        }
        if (pos < text.length()) {
            int minutes = digits(2);
            if (lastLength != 2 || minutes > 59) {
                return false;
            }
        }
        zone = true;
        return true;
    }

    private int lastLength;

    /** Reads up to {@code max} digits; returns their value (0 when none, see lastLength), -1 past the text. */
    private int digits(int max) {
        int value = 0;
        int start = pos;
        while (pos < text.length() && pos - start < max) {
            char c = text.charAt(pos);
            if (c < '0' || c > '9') {
                break;
            }
            value = value * 10 + (c - '0');
            pos++;
        }
        lastLength = pos - start;
        return lastLength == 0 && pos >= text.length() ? -1 : value;
    }

    private boolean expect(char c) {
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private static boolean valid(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || year < 1) {
            return false;
        }
        int length =
                switch (month) {
                    case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
                    case 4, 6, 9, 11 -> 30;
                    default -> 31;
                };
        return day <= length;
    }
}
