package com.redshiftloader.infra.load.pgcopy;

import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.types.BooleanText;
import com.redshiftloader.domain.schema.types.DateLayout;
import com.redshiftloader.domain.schema.types.DateOrder;
import com.redshiftloader.domain.schema.types.DetectedPattern;
import com.redshiftloader.domain.schema.types.RedshiftType;
import com.redshiftloader.domain.schema.types.ScalarType;
import com.redshiftloader.domain.schema.types.TemporalPattern;
import java.util.Optional;

/**
 * Which values of one column PostgreSQL's COPY reads exactly as {@link ValueConverter} converts them, so that they
 * can go to COPY as the file writes them. Each rule accepts a subset of both: the canonical text of the type (no
 * signs other than a leading minus, no spaces, ISO dates), because a value the converter would refuse must never
 * load by the binary COPY path (PostgreSQL rounds {@code 1.005} into DECIMAL(5,2), reads {@code 24:00} and {@code on},
 * counts VARCHAR lengths in characters). A value outside the rule only means the converting path loads the file.
 */
sealed interface BinaryValueRule {

    /**
     * Why the value (the field's bytes, UTF-8, not empty, quotes removed) is outside the rule, or null when it is in.
     */
    String refuse(byte[] value, int length);

    /** The rule for a column, or empty when its type or layout is never sent by binary COPY. */
    static Optional<BinaryValueRule> of(ColumnSpec column, Optional<TemporalPattern> pattern) {
        return switch (column.type()) {
            case RedshiftType.Varchar varchar -> Optional.of(new Text(varchar.bytes()));
            case RedshiftType.Char fixed -> Optional.of(new Text(fixed.bytes()));
            case RedshiftType.Decimal decimal -> Optional.of(new Decimal(decimal.precision(), decimal.scale()));
            case ScalarType scalar -> scalar(scalar, pattern);
        };
    }

    /** A user's {@link DateLayout} is never sent as written: the converting path reads it into ISO values. */
    private static Optional<BinaryValueRule> scalar(ScalarType type, Optional<TemporalPattern> given) {
        Optional<DetectedPattern> pattern =
                given.filter(DetectedPattern.class::isInstance).map(DetectedPattern.class::cast);
        boolean isoDates = given.map(p -> p instanceof DetectedPattern detected
                        && detected.order() == DateOrder.YMD_DASH
                        && !detected.clock12())
                .orElse(true);
        return switch (type) {
            case SMALLINT -> Optional.of(new WholeNumber(Short.MIN_VALUE, Short.MAX_VALUE));
            case INTEGER -> Optional.of(new WholeNumber(Integer.MIN_VALUE, Integer.MAX_VALUE));
            case BIGINT -> Optional.of(new WholeNumber(Long.MIN_VALUE, Long.MAX_VALUE));
            case BOOLEAN -> Optional.of(new Bool());
            case DATE ->
                isoDates && pattern.map(p -> !p.hasTime()).orElse(true)
                        ? Optional.of(new Timestamp(false, Optional.empty(), Zone.NONE))
                        : Optional.empty();
            case TIMESTAMP, TIMESTAMPTZ ->
                isoDates
                                && pattern.map(DetectedPattern::hasTime).orElse(true)
                                && (type == ScalarType.TIMESTAMP
                                        || pattern.map(DetectedPattern::zone).orElse(true))
                        ? Optional.of(new Timestamp(true, pattern.map(DetectedPattern::dateTimeSeparator), zone(type)))
                        : Optional.empty();
            case REAL, DOUBLE_PRECISION, SUPER, TIME, TIMETZ, VARBYTE, GEOMETRY -> Optional.empty();
        };
    }

    /**
     * Zone offsets: none for TIMESTAMP; always one for TIMESTAMPTZ. A TIMESTAMPTZ value without an offset is UTC to
     * the converter but in the session's time zone to COPY, and setting the session's zone for the COPY would also
     * change the zone of everything else in the load's transaction (column defaults such as {@code now()}).
     */
    private static Zone zone(ScalarType type) {
        return type == ScalarType.TIMESTAMPTZ ? Zone.REQUIRED : Zone.NONE;
    }

    /** Whether a timestamp may or must end with a zone offset. */
    enum Zone {
        NONE,
        REQUIRED
    }

    /** Text: any bytes up to the column's size in UTF-8 bytes (PostgreSQL would count characters). */
    record Text(int maxBytes) implements BinaryValueRule {
        @Override
        public String refuse(byte[] value, int length) {
            return length <= maxBytes ? null : "longer than " + maxBytes + " bytes";
        }
    }

    /** {@code -?[0-9]+} within the type's range. */
    record WholeNumber(long min, long max) implements BinaryValueRule {
        @Override
        public String refuse(byte[] value, int length) {
            int start = value[0] == '-' ? 1 : 0;
            if (start == length || length - start > 19) {
                return "not a plain whole number";
            }
            long magnitude = 0;
            for (int i = start; i < length; i++) {
                int digit = value[i] - '0';
                if (digit < 0 || digit > 9) {
                    return "not a plain whole number";
                }
                magnitude = magnitude * 10 + digit;
                if (magnitude < 0) {
                    return "out of range";
                }
            }
            long number = start == 1 ? -magnitude : magnitude;
            return number >= min && number <= max ? null : "out of range";
        }
    }

    /**
     * {@code -?[0-9]+(.[0-9]+)?} that fits DECIMAL(p,s) without rounding: digits after the point beyond the scale
     * must be zeros (PostgreSQL would round, the converter refuses).
     */
    record Decimal(int precision, int scale) implements BinaryValueRule {
        @Override
        public String refuse(byte[] value, int length) {
            int i = value[0] == '-' ? 1 : 0;
            int integerStart = i;
            while (i < length && isDigit(value[i])) {
                i++;
            }
            int integerEnd = i;
            if (integerEnd == integerStart) {
                return "not a plain decimal";
            }
            if (i < length) {
                if (value[i] != '.' || i + 1 == length) {
                    return "not a plain decimal";
                }
                for (int f = i + 1; f < length; f++) {
                    if (!isDigit(value[f]) || (f - i > scale && value[f] != '0')) {
                        return "not a plain decimal of scale " + scale;
                    }
                }
            }
            int significant = integerStart;
            while (significant < integerEnd && value[significant] == '0') {
                significant++;
            }
            int integerDigits = integerEnd - significant;
            if (integerDigits == 0 && integerEnd == length) {
                integerDigits =
                        1; // a zero without a fraction is one digit to BigDecimal: "0" does not fit DECIMAL(2,2)
            }
            return integerDigits <= precision - scale ? null : "too large";
        }
    }

    /** What both read as a boolean, exactly as written ({@link BooleanText}). */
    record Bool() implements BinaryValueRule {
        @Override
        public String refuse(byte[] value, int length) {
            return BooleanText.meaning(value, length) < 0 ? "not a boolean" : null;
        }
    }

    /**
     * ISO dates {@code yyyy-MM-dd}, and for timestamps {@code yyyy-MM-dd HH:mm[:ss[.ffffff]]} (the detected separator,
     * else a space or T; a date alone only without a detected layout), with {@code Z}, {@code ±hh} or {@code ±hh:mm}
     * for TIMESTAMPTZ. Hours up to 23 and seconds up to 59: PostgreSQL also takes 24:00 and leap seconds.
     */
    record Timestamp(boolean time, Optional<Character> separator, Zone zone) implements BinaryValueRule {
        @Override
        public String refuse(byte[] v, int length) {
            if (length < 10 || !digits(v, 0, 4) || v[4] != '-' || !digits(v, 5, 2) || v[7] != '-' || !digits(v, 8, 2)) {
                return "not an ISO date";
            }
            if (length == 10) {
                return !time || (separator.isEmpty() && zone != Zone.REQUIRED) ? null : "no time of day";
            }
            if (!time || !separatorOk(v[10]) || length < 16 || !clock(v, 11, 23) || v[13] != ':' || !clock(v, 14, 59)) {
                return "not an ISO timestamp";
            }
            int i = 16;
            if (i < length && v[i] == ':') {
                if (length < 19 || !clock(v, 17, 59)) {
                    return "not an ISO timestamp";
                }
                i = 19;
                if (i < length && v[i] == '.') {
                    int fraction = ++i;
                    while (i < length && isDigit(v[i])) {
                        i++;
                    }
                    if (i == fraction || i - fraction > 6) {
                        return "not an ISO timestamp with up to 6 fraction digits";
                    }
                }
            }
            if (i == length) {
                return zone != Zone.REQUIRED ? null : "no zone offset";
            }
            return zone != Zone.NONE && offset(v, i, length) ? null : "not an ISO timestamp";
        }

        private boolean separatorOk(byte b) {
            return separator.isPresent() ? b == separator.get() : b == ' ' || b == 'T';
        }

        private static boolean offset(byte[] v, int i, int length) {
            int size = length - i;
            if (size == 1) {
                return v[i] == 'Z';
            }
            if ((size != 3 && size != 6) || (v[i] != '+' && v[i] != '-') || !clock(v, i + 1, 14)) {
                return false;
            }
            return size == 3 || (v[i + 3] == ':' && clock(v, i + 4, 59));
        }

        private static boolean clock(byte[] v, int at, int max) {
            return at + 2 <= v.length && digits(v, at, 2) && (v[at] - '0') * 10 + (v[at + 1] - '0') <= max;
        }

        private static boolean digits(byte[] v, int from, int count) {
            for (int i = from; i < from + count; i++) {
                if (!isDigit(v[i])) {
                    return false;
                }
            }
            return true;
        }
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }
}
