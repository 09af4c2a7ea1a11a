package com.redshiftloader.domain.schema;

import java.util.List;
import java.util.Optional;

/** What the numbers of a column need: integer range, digits before and after the point, exponents. */
final class NumericSummary {

    private long min;
    private long max;
    private boolean any;
    private boolean fraction;
    private boolean beyondLong;
    private boolean exponent;
    private int integerDigits;
    private int scale;

    /** Adds a scanned number; records the first value that rules out each narrower type. Always true. */
    boolean add(NumberShape shape, CharSequence value, long line, List<RuledOut> ruledOut) {
        if (any && !shape.exponent && changesNothing(shape)) {
            return true;
        }
        int before = any ? rank() : 0;
        integerDigits = Math.max(integerDigits, shape.integerDigits);
        scale = Math.max(scale, shape.scale);
        exponent |= shape.exponent;
        if (shape.fitsLong) {
            min = any ? Math.min(min, shape.longValue) : shape.longValue;
            max = any ? Math.max(max, shape.longValue) : shape.longValue;
        } else if (shape.scale == 0 && !shape.exponent) {
            beyondLong = true;
        } else {
            fraction = true;
        }
        any = true;
        int after = rank();
        if (after != before) {
            ruledOut.add(new RuledOut(RANKS[before], ColumnAccumulator.shorten(value), line));
        }
        return true;
    }

    /** Whether the value is inside what the column already needs (the common case, checked first). */
    private boolean changesNothing(NumberShape shape) {
        if (shape.fitsLong) {
            return shape.longValue >= min && shape.longValue <= max && shape.integerDigits <= integerDigits;
        }
        return fraction && shape.scale > 0 && shape.integerDigits <= integerDigits && shape.scale <= scale;
    }

    private static final String[] RANKS = {"SMALLINT", "INTEGER", "BIGINT", "DECIMAL", "DOUBLE PRECISION"};

    /** The position of the current type in SMALLINT, INTEGER, BIGINT, DECIMAL, DOUBLE PRECISION; cheap. */
    private int rank() {
        if (exponent) {
            return 4;
        }
        if (fraction || beyondLong) {
            return integerDigits + scale > RedshiftType.MAX_DECIMAL_PRECISION ? 4 : 3;
        }
        if (min >= Short.MIN_VALUE && max <= Short.MAX_VALUE) {
            return 0;
        }
        return min >= Integer.MIN_VALUE && max <= Integer.MAX_VALUE ? 1 : 2;
    }

    RedshiftType type() {
        if (exponent) {
            return ScalarType.DOUBLE_PRECISION;
        }
        if (fraction || beyondLong) {
            int precision = Math.max(1, integerDigits + scale);
            return precision > RedshiftType.MAX_DECIMAL_PRECISION
                    ? ScalarType.DOUBLE_PRECISION
                    : new RedshiftType.Decimal(precision, scale);
        }
        if (min >= Short.MIN_VALUE && max <= Short.MAX_VALUE) {
            return ScalarType.SMALLINT;
        }
        if (min >= Integer.MIN_VALUE && max <= Integer.MAX_VALUE) {
            return ScalarType.INTEGER;
        }
        return ScalarType.BIGINT;
    }

    Optional<String> note() {
        if (!exponent && (fraction || beyondLong) && integerDigits + scale > RedshiftType.MAX_DECIMAL_PRECISION) {
            return Optional.of("Numbers need " + (integerDigits + scale)
                    + " digits, more than DECIMAL's 38: DOUBLE PRECISION (approximate).");
        }
        return Optional.empty();
    }
}
