package com.redshiftloader.domain.schema.types;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one home of what number text means for each numeric type, shared by checking ({@link ValueValidator}) and
 * conversion (the loaders' value converter), and of the range rule inference applies before it chooses DOUBLE
 * PRECISION: whole numbers within the type's range; DECIMAL without rounding and with no more digits before the
 * point than it holds; REAL and DOUBLE PRECISION only when the number is within the type's range, so that {@code
 * 1e400} is an error, never Infinity, and {@code 1e-400} never zero (PostgreSQL refuses both too).
 */
public final class NumberText {

    private NumberText() {}

    /** The whole number, within {@code min..max}; surrounding spaces are allowed. */
    public static long wholeNumber(String text, long min, long max) throws ValueTextException {
        long number;
        try {
            number = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new ValueTextException("not a whole number");
        }
        if (number < min || number > max) {
            throw new ValueTextException("out of range (" + min + " to " + max + ")");
        }
        return number;
    }

    /**
     * The exact decimal, at the column's scale when it had fewer digits after the point.
     *
     * @throws ValueTextException when it is not a number, would be rounded, or has too many digits before the point
     */
    public static BigDecimal decimal(String text, RedshiftType.Decimal type) throws ValueTextException {
        BigDecimal number;
        try {
            number = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new ValueTextException("not a number");
        }
        if (number.scale() > type.scale()) {
            BigDecimal exact = number.stripTrailingZeros();
            if (exact.scale() > type.scale()) {
                throw new ValueTextException("too precise: more than " + type.scale() + " digits after the point for "
                        + type.sql() + " (it would be rounded)");
            }
            number = exact.setScale(type.scale(), RoundingMode.UNNECESSARY);
        }
        int integerDigits = Math.max(0, number.precision() - number.scale());
        int allowed = type.precision() - type.scale();
        if (integerDigits > allowed) {
            throw new ValueTextException("too large for " + type.sql() + " (" + integerDigits
                    + " digits before the point, " + allowed + " allowed)");
        }
        return number;
    }

    /**
     * The precision of the narrowest DECIMAL that holds numbers with this many digits before and after the point:
     * at least one digit before it, because {@code 0} and {@code 0.5} both need one to be read back.
     */
    public static int decimalPrecision(int integerDigits, int scale) {
        return Math.max(1, integerDigits) + scale;
    }

    /**
     * A DOUBLE PRECISION ({@code single} false) or REAL value: a plain or exponent number within the type's range,
     * or NaN and Infinity spelled out.
     */
    public static double floating(String text, boolean single) throws ValueTextException {
        String plain = text.strip();
        double number = parse(plain);
        String type = single ? "REAL" : "DOUBLE PRECISION";
        if (Double.isNaN(number) || Double.isInfinite(number) && plain.contains("Infinity")) {
            return number;
        }
        double stored = single ? Float.parseFloat(plain) : number;
        if (Double.isInfinite(stored)) {
            throw new ValueTextException("outside the range of " + type + " (at most about "
                    + (single ? "3.4e38" : "1.8e308") + " either side of zero); load the column as VARCHAR or"
                    + " DECIMAL, or fix the value");
        }
        if (stored == 0 && hasNonZeroDigit(plain)) {
            throw new ValueTextException("too close to zero for " + type + " (it would be stored as 0; the smallest"
                    + " is about " + (single ? "1.4e-45" : "4.9e-324") + "); load the column as VARCHAR or fix the"
                    + " value");
        }
        return number;
    }

    /**
     * Whether a number the inference scanned as plain or exponent text is within DOUBLE PRECISION's range, so that
     * a column typed DOUBLE PRECISION holds it.
     */
    public static boolean fitsDouble(CharSequence text) {
        try {
            floating(text.toString(), false);
            return true;
        } catch (ValueTextException e) {
            return false;
        }
    }

    private static double parse(String plain) throws ValueTextException {
        if (!plain.equals("NaN") && !plain.endsWith("Infinity")) {
            for (int i = 0; i < plain.length(); i++) {
                if ("0123456789+-.eE".indexOf(plain.charAt(i)) < 0) {
                    throw new ValueTextException("not a number");
                }
            }
        }
        try {
            return Double.parseDouble(plain);
        } catch (NumberFormatException e) {
            throw new ValueTextException("not a number");
        }
    }

    /** Whether a digit of the number before its exponent is not zero. */
    private static boolean hasNonZeroDigit(String plain) {
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c == 'e' || c == 'E') {
                return false;
            }
            if (c >= '1' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}
