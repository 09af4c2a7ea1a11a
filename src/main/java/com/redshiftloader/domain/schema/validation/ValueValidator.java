package com.redshiftloader.domain.schema.validation;

import com.redshiftloader.domain.schema.types.BooleanText;
import com.redshiftloader.domain.schema.types.DateTimeText;
import com.redshiftloader.domain.schema.types.NumberText;
import com.redshiftloader.domain.schema.types.RedshiftType;
import com.redshiftloader.domain.schema.types.ScalarType;
import com.redshiftloader.domain.schema.types.TemporalPattern;
import com.redshiftloader.domain.schema.types.ValueTextException;
import com.redshiftloader.domain.schema.types.VarcharSizing;
import com.redshiftloader.domain.text.Counts;
import java.util.Optional;

/**
 * Tells whether a value would load into a column of a given type, and if not why. One instance per column (it
 * keeps scratch state), not thread-safe.
 */
public final class ValueValidator {

    private static final int MAX_SUPER_BYTES = 16 * 1024 * 1024;

    private final RedshiftType type;
    private final DateTimeText dates;

    /** @param pattern the column's detected date or timestamp layout, read as the load reads it */
    public ValueValidator(RedshiftType type, Optional<TemporalPattern> pattern) {
        this.type = type;
        this.dates = new DateTimeText(pattern);
    }

    /** Why the value would not load, or empty when it would. Null values are not checked here. */
    public Optional<String> problem(String value) {
        return switch (type) {
            case RedshiftType.Varchar varchar -> length(value, varchar.bytes(), varchar.sql());
            case RedshiftType.Char fixed -> length(value, fixed.bytes(), fixed.sql());
            case RedshiftType.Decimal decimal -> decimal(value, decimal);
            case ScalarType scalar -> scalar(value, scalar);
        };
    }

    private Optional<String> scalar(String value, ScalarType scalar) {
        return switch (scalar) {
            case BOOLEAN -> bool(value);
            case SMALLINT -> integer(value, Short.MIN_VALUE, Short.MAX_VALUE);
            case INTEGER -> integer(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case BIGINT -> integer(value, Long.MIN_VALUE, Long.MAX_VALUE);
            case REAL -> floating(value, true);
            case DOUBLE_PRECISION -> floating(value, false);
            case DATE, TIMESTAMP, TIMESTAMPTZ -> temporal(value, scalar);
            case SUPER ->
                VarcharSizing.utf8Length(value) > MAX_SUPER_BYTES
                        ? Optional.of("longer than 16 MB, the most a SUPER value holds")
                        : Optional.empty();
            case TIME, TIMETZ, VARBYTE, GEOMETRY -> Optional.empty();
        };
    }

    private static Optional<String> length(String value, int max, String sql) {
        int bytes = VarcharSizing.utf8Length(value);
        return bytes <= max
                ? Optional.empty()
                : Optional.of(Counts.of(bytes, "byte") + ", longer than " + sql + " holds");
    }

    /** A date or timestamp as the load reads it ({@link DateTimeText}), with the column's layout. */
    private Optional<String> temporal(String value, ScalarType scalar) {
        try {
            dates.read(value, scalar);
            return Optional.empty();
        } catch (ValueTextException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static Optional<String> bool(String value) {
        try {
            BooleanText.parse(value);
            return Optional.empty();
        } catch (ValueTextException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static Optional<String> integer(String value, long min, long max) {
        try {
            NumberText.wholeNumber(value, min, max);
            return Optional.empty();
        } catch (ValueTextException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static Optional<String> floating(String value, boolean single) {
        try {
            NumberText.floating(value, single);
            return Optional.empty();
        } catch (ValueTextException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static Optional<String> decimal(String value, RedshiftType.Decimal decimal) {
        try {
            NumberText.decimal(value, decimal);
            return Optional.empty();
        } catch (ValueTextException e) {
            return Optional.of(e.getMessage());
        }
    }
}
