package com.redshiftloader.domain.schema.inference;

import com.redshiftloader.domain.schema.types.NumberText;
import com.redshiftloader.domain.schema.types.RedshiftType;
import com.redshiftloader.domain.schema.types.ScalarType;
import java.util.List;
import java.util.Optional;

/**
 * What the numbers of a column need: integer range, digits before and after the point, exponents. The type it
 * chooses holds every number added: INTEGER at least, BIGINT beyond it, DECIMAL(p,s) with p counting at least one
 * digit before the point ({@link NumberText#decimalPrecision}), DOUBLE PRECISION for exponents and more than 38
 * digits, and no number type for a number outside DOUBLE PRECISION's range.
 */
final class NumericSummary {

    private long min;
    private long max;
    private boolean any;
    private boolean fraction;
    private boolean beyondLong;
    private boolean exponent;
    private int integerDigits;
    private int scale;

    /**
     * Adds a scanned number; records the first value that rules out each narrower type. False when the number is
     * outside DOUBLE PRECISION's range and the column would need DOUBLE PRECISION (then no number type holds it).
     */
    boolean add(NumericShape shape, CharSequence value, long line, List<RuledOut> ruledOut) {
        if (any && !shape.exponent && changesNothing(shape)) {
            return true;
        }
        if (needsDouble(shape) && !NumberText.fitsDouble(value)) {
            return false;
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
    private boolean changesNothing(NumericShape shape) {
        if (shape.fitsLong) {
            return shape.longValue >= min && shape.longValue <= max && shape.integerDigits <= integerDigits;
        }
        return fraction && shape.scale > 0 && shape.integerDigits <= integerDigits && shape.scale <= scale;
    }

    /**
     * Whether the column needs DOUBLE PRECISION once this number is in: an exponent, or more digits than DECIMAL
     * holds. Only then can a number be outside the range of the type (38 digits are well within it).
     */
    private boolean needsDouble(NumericShape shape) {
        return shape.exponent
                || exponent
                || NumberText.decimalPrecision(
                                Math.max(integerDigits, shape.integerDigits), Math.max(scale, shape.scale))
                        > RedshiftType.MAX_DECIMAL_PRECISION;
    }

    /**
     * The candidates, narrowest first. No SMALLINT: a column of small whole numbers (ids, quantities) is INTEGER, so
     * the next file of the same kind still fits (a five-row sample of order ids is not the range of order ids).
     */
    private static final String[] RANKS = {"INTEGER", "BIGINT", "DECIMAL", "DOUBLE PRECISION"};

    /** The position of the current type in {@link #RANKS}; cheap. */
    private int rank() {
        if (exponent) {
            return 3;
        }
        if (fraction || beyondLong) {
            return precision() > RedshiftType.MAX_DECIMAL_PRECISION ? 3 : 2;
        }
        return min >= Integer.MIN_VALUE && max <= Integer.MAX_VALUE ? 0 : 1;
    }

    private int precision() {
        return NumberText.decimalPrecision(integerDigits, scale);
    }

    RedshiftType type() {
        if (exponent) {
            return ScalarType.DOUBLE_PRECISION;
        }
        if (fraction || beyondLong) {
            return precision() > RedshiftType.MAX_DECIMAL_PRECISION
                    ? ScalarType.DOUBLE_PRECISION
                    : new RedshiftType.Decimal(precision(), scale);
        }
        if (min >= Integer.MIN_VALUE && max <= Integer.MAX_VALUE) {
            return ScalarType.INTEGER;
        }
        return ScalarType.BIGINT;
    }

    Optional<String> note() {
        if (!exponent && (fraction || beyondLong) && precision() > RedshiftType.MAX_DECIMAL_PRECISION) {
            return Optional.of(
                    "Numbers need " + precision() + " digits, more than DECIMAL's 38: DOUBLE PRECISION (approximate).");
        }
        return Optional.empty();
    }
}
