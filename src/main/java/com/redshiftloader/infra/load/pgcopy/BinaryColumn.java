package com.redshiftloader.infra.load.pgcopy;

import com.redshiftloader.domain.schema.types.BooleanText;
import java.util.Optional;

/**
 * One column's values in PostgreSQL's binary COPY form, computed from the text a {@link BinaryValueRule} has
 * accepted, so that the table stores exactly what PostgreSQL would store when it read that text: the same number,
 * the same scale, the same instant. The server then skips parsing text, which is most of its work in a COPY. A value
 * the text would not load at all (the 30th of February, a number outside a SMALLINT column) is refused here too.
 */
sealed interface BinaryColumn {

    /** PostgreSQL type OIDs (pg_type.oid) with a binary form here. */
    int BOOL = 16;

    int INT8 = 20;
    int INT2 = 21;
    int INT4 = 23;
    int TEXT = 25;
    int BPCHAR = 1042;
    int VARCHAR = 1043;
    int DATE = 1082;
    int TIMESTAMP = 1114;
    int TIMESTAMPTZ = 1184;
    int NUMERIC = 1700;

    /**
     * Writes the value (not empty, quotes removed, accepted by the column's rule) as a length and its bytes.
     *
     * @return why PostgreSQL would not load the value's text into the column, or null when written
     */
    String write(byte[] value, int length, BinaryBuffer out);

    /**
     * The binary form for a column of the given PostgreSQL type whose values follow the rule, or empty when there is
     * none (the load then converts every value).
     */
    static Optional<BinaryColumn> of(BinaryValueRule rule, int typeOid) {
        return Optional.ofNullable(
                switch (rule) {
                    case BinaryValueRule.Text text ->
                        typeOid == VARCHAR || typeOid == BPCHAR || typeOid == TEXT ? new Text() : null;
                    case BinaryValueRule.WholeNumber number ->
                        switch (typeOid) {
                            case INT2 -> new WholeNumber(Short.MIN_VALUE, Short.MAX_VALUE, 2);
                            case INT4 -> new WholeNumber(Integer.MIN_VALUE, Integer.MAX_VALUE, 4);
                            case INT8 -> new WholeNumber(Long.MIN_VALUE, Long.MAX_VALUE, 8);
                            case NUMERIC -> new Numeric();
                            default -> null;
                        };
                    case BinaryValueRule.Decimal decimal -> typeOid == NUMERIC ? new Numeric() : null;
                    case BinaryValueRule.Bool bool -> typeOid == BOOL ? new Bool() : null;
                    case BinaryValueRule.Timestamp timestamp -> temporal(timestamp, typeOid);
                });
    }

    private static BinaryColumn temporal(BinaryValueRule.Timestamp rule, int typeOid) {
        boolean withOffset = rule.zone() == BinaryValueRule.Zone.REQUIRED;
        if (typeOid == DATE && !rule.time()) {
            return new Temporal(Temporal.Kind.DATE);
        }
        if (typeOid == TIMESTAMP && !withOffset) {
            return new Temporal(Temporal.Kind.TIMESTAMP);
        }
        return typeOid == TIMESTAMPTZ && withOffset ? new Temporal(Temporal.Kind.TIMESTAMPTZ) : null;
    }

    /** VARCHAR, CHAR, TEXT: the UTF-8 bytes (the server checks the encoding and the length as for text). */
    record Text() implements BinaryColumn {
        @Override
        public String write(byte[] value, int length, BinaryBuffer out) {
            out.putInt(length);
            out.put(value, 0, length);
            return null;
        }
    }

    /** SMALLINT, INTEGER, BIGINT: {@code -?[0-9]+} as a 2-, 4- or 8-byte integer. */
    record WholeNumber(long min, long max, int bytes) implements BinaryColumn {
        @Override
        public String write(byte[] value, int length, BinaryBuffer out) {
            boolean negative = value[0] == '-';
            long magnitude = 0;
            for (int i = negative ? 1 : 0; i < length; i++) {
                magnitude = magnitude * 10 + (value[i] - '0');
                if (magnitude < 0) {
                    return "out of the column's range"; // the rule refuses it first; never wrap around
                }
            }
            long number = negative ? -magnitude : magnitude;
            if (number < min || number > max) {
                return "out of the column's range";
            }
            out.putInt(bytes);
            switch (bytes) {
                case 2 -> out.putShort((int) number);
                case 4 -> out.putInt((int) number);
                default -> out.putLong(number);
            }
            return null;
        }
    }

    /**
     * NUMERIC: {@code -?[0-9]+(.[0-9]+)?} as base-10000 digits, a weight, a sign and the display scale (the number
     * of digits written after the point, as when the server parses the text; it then rounds to the column's scale
     * alike).
     */
    final class Numeric implements BinaryColumn {
        private static final int NEGATIVE = 0x4000;
        private static final int MAX_SCALE = 0x3FFF;
        private short[] groups = new short[16];

        @Override
        public String write(byte[] value, int length, BinaryBuffer out) {
            boolean negative = value[0] == '-';
            int start = negative ? 1 : 0;
            int point = start;
            while (point < length && value[point] != '.') {
                point++;
            }
            int fractionStart = point + 1;
            int scale = point < length ? length - fractionStart : 0;
            if (scale > MAX_SCALE) {
                return "more digits after the point than NUMERIC keeps";
            }
            int integerStart = start;
            while (integerStart < point && value[integerStart] == '0') {
                integerStart++;
            }
            int integerDigits = point - integerStart;
            int integerGroups = (integerDigits + 3) / 4;
            int fractionGroups = (scale + 3) / 4;
            int count = integerGroups + fractionGroups;
            if (groups.length < count) {
                groups = new short[count * 2];
            }
            fillIntegerGroups(value, integerStart, integerDigits, integerGroups);
            fillFractionGroups(value, length, fractionStart, integerGroups, fractionGroups);
            writeGroups(out, count, integerGroups - 1, negative, scale);
            return null;
        }

        private void fillIntegerGroups(byte[] value, int integerStart, int integerDigits, int integerGroups) {
            int at = integerStart;
            for (int g = 0; g < integerGroups; g++) {
                int digits = g == 0 ? integerDigits - (integerGroups - 1) * 4 : 4;
                int group = 0;
                for (int k = 0; k < digits; k++) {
                    group = group * 10 + (value[at++] - '0');
                }
                groups[g] = (short) group;
            }
        }

        private void fillFractionGroups(byte[] value, int length, int fractionStart, int integerGroups, int count) {
            for (int g = 0; g < count; g++) {
                int group = 0;
                for (int k = 0; k < 4; k++) {
                    int i = fractionStart + g * 4 + k;
                    group = group * 10 + (i < length ? value[i] - '0' : 0);
                }
                groups[integerGroups + g] = (short) group;
            }
        }

        /** The groups without leading and trailing zero groups, after the header (weight of the first group given). */
        private void writeGroups(BinaryBuffer out, int count, int weight, boolean negative, int scale) {
            int first = 0;
            while (first < count && groups[first] == 0) {
                first++;
                weight--;
            }
            int last = count;
            while (last > first && groups[last - 1] == 0) {
                last--;
            }
            int digits = last - first;
            if (digits == 0) {
                weight = 0; // zero is positive, as the server makes it
                negative = false;
            }
            out.putInt(8 + 2 * digits);
            out.putShort(digits);
            out.putShort(weight);
            out.putShort(negative ? NEGATIVE : 0);
            out.putShort(scale);
            for (int g = first; g < last; g++) {
                out.putShort(groups[g]);
            }
        }
    }

    /** BOOLEAN: the rule's words ({@link BooleanText}) as one byte. */
    record Bool() implements BinaryColumn {
        @Override
        public String write(byte[] value, int length, BinaryBuffer out) {
            int meaning = BooleanText.meaning(value, length);
            if (meaning < 0) {
                return "not a boolean";
            }
            out.putInt(1);
            out.putByte(meaning);
            return null;
        }
    }

    /**
     * DATE as days, TIMESTAMP and TIMESTAMPTZ as microseconds, since 2000-01-01 (TIMESTAMPTZ in UTC, its offset
     * applied), from the rule's ISO text. Dates are proleptic Gregorian, as the server's; a day the calendar does not
     * have, or the year 0, is refused as the server refuses it.
     */
    record Temporal(Kind kind) implements BinaryColumn {
        /** The column's type. */
        enum Kind {
            DATE,
            TIMESTAMP,
            TIMESTAMPTZ
        }

        private static final long DAYS_1970_TO_2000 = 10_957;
        private static final long MICROS_PER_SECOND = 1_000_000L;
        private static final long MICROS_PER_DAY = 86_400L * MICROS_PER_SECOND;

        @Override
        public String write(byte[] v, int length, BinaryBuffer out) {
            int year = number(v, 0, 4);
            int month = number(v, 5, 2);
            int day = number(v, 8, 2);
            if (year == 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
                return "not a date of the calendar";
            }
            long days = daysSince1970(year, month, day) - DAYS_1970_TO_2000;
            if (kind == Kind.DATE) {
                out.putInt(4);
                out.putInt((int) days);
                return null;
            }
            long micros = days * MICROS_PER_DAY;
            int i = 10;
            if (length > 10) {
                int seconds = number(v, 11, 2) * 3600 + number(v, 14, 2) * 60;
                i = 16;
                if (i < length && v[i] == ':') {
                    seconds += number(v, 17, 2);
                    i = 19;
                    if (i < length && v[i] == '.') {
                        int fraction = 0;
                        int digits = 0;
                        for (i++; i < length && v[i] >= '0' && v[i] <= '9'; i++, digits++) {
                            fraction = fraction * 10 + (v[i] - '0');
                        }
                        for (; digits < 6; digits++) {
                            fraction *= 10;
                        }
                        micros += fraction;
                    }
                }
                micros += seconds * MICROS_PER_SECOND;
            }
            if (kind == Kind.TIMESTAMPTZ) {
                micros -= offsetSeconds(v, i, length) * MICROS_PER_SECOND;
            }
            out.putInt(8);
            out.putLong(micros);
            return null;
        }

        /** {@code Z}, {@code ±hh} or {@code ±hh:mm}, as the rule accepts them. */
        private static long offsetSeconds(byte[] v, int i, int length) {
            if (v[i] == 'Z') {
                return 0;
            }
            int seconds = number(v, i + 1, 2) * 3600 + (length - i == 6 ? number(v, i + 4, 2) * 60 : 0);
            return v[i] == '-' ? -seconds : seconds;
        }

        private static int number(byte[] v, int from, int digits) {
            int n = 0;
            for (int i = from; i < from + digits; i++) {
                n = n * 10 + (v[i] - '0');
            }
            return n;
        }

        private static int daysInMonth(int year, int month) {
            return switch (month) {
                case 2 -> (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28;
                case 4, 6, 9, 11 -> 30;
                default -> 31;
            };
        }

        /** Days from 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil). */
        static long daysSince1970(int year, int month, int day) {
            int y = month <= 2 ? year - 1 : year;
            int era = Math.floorDiv(y, 400);
            int yearOfEra = y - era * 400;
            int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
            int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
            return era * 146_097L + dayOfEra - 719_468;
        }
    }
}
