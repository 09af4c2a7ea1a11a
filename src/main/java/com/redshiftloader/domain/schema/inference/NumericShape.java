package com.redshiftloader.domain.schema.inference;

/**
 * Reads the shape of a number without allocating: sign, integer digits, scale, exponent. Zero-padded integers
 * ({@code 007}, {@code 02134}) are not numbers (they are codes), while {@code 0}, {@code 0.5} and {@code -0.25} are.
 * A scratch object: one per column, not thread-safe.
 */
final class NumericShape {

    /** Digits before the point, leading zero of {@code 0.x} not counted. */
    int integerDigits;
    /** Digits after the point. */
    int scale;
    /** Whether the number has an exponent ({@code 1e5}); such a column is DOUBLE PRECISION. */
    boolean exponent;
    /** Whether the value is an integer that fits a {@code long}; then {@link #longValue} holds it. */
    boolean fitsLong;

    long longValue;

    /** Whether the text is a plain decimal number; fills the fields when it is. */
    boolean scan(CharSequence text) {
        int length = text.length();
        int i = 0;
        boolean negative = false;
        if (length > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+')) {
            negative = text.charAt(0) == '-';
            i = 1;
        }
        int intStart = i;
        long value = 0;
        while (i < length && isDigit(text.charAt(i))) {
            value = value * 10 + (text.charAt(i) - '0');
            i++;
        }
        int intLength = i - intStart;
        if (intLength > 1 && text.charAt(intStart) == '0') {
            return false;
        }
        integerDigits = intLength == 1 && text.charAt(intStart) == '0' ? 0 : intLength;
        scale = 0;
        exponent = false;
        if (i < length && text.charAt(i) == '.') {
            int fractionStart = ++i;
            while (i < length && isDigit(text.charAt(i))) {
                i++;
            }
            scale = i - fractionStart;
            if (scale == 0) {
                return false;
            }
        }
        if (intLength == 0 && scale == 0) {
            return false;
        }
        if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i = exponentEnd(text, i + 1);
            exponent = i > 0;
            if (!exponent) {
                return false;
            }
        }
        if (i != length) {
            return false;
        }
        keepLong(text, negative ? -value : value, intLength);
        return true;
    }

    /** Sets {@link #fitsLong} and {@link #longValue} once the shape is known; 19 digits may or may not fit. */
    private void keepLong(CharSequence text, long value, int intLength) {
        fitsLong = scale == 0 && !exponent && intLength <= 18;
        longValue = value;
        if (scale == 0 && !exponent && intLength == 19) {
            fitsLong = parsesAsLong(text);
        }
    }

    private static int exponentEnd(CharSequence text, int start) {
        int i = start;
        if (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            i++;
        }
        int digitsStart = i;
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
        }
        return i > digitsStart ? i : -1;
    }

    private boolean parsesAsLong(CharSequence text) {
        try {
            longValue = Long.parseLong(text, 0, text.length(), 10);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
