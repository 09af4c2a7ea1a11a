package com.redshiftloader.domain.schema.validation;

import com.redshiftloader.domain.schema.ColumnSpec;
import java.util.List;

/**
 * The values that would not load, per column.
 *
 * @param columns one entry per column, in order
 * @param records records checked
 */
public record ValidationReport(List<ColumnValidation> columns, long records) {

    public ValidationReport {
        columns = List.copyOf(columns);
    }

    /** Whether every value would load. */
    public boolean clean() {
        return columns.stream().allMatch(column -> column.invalid() == 0);
    }

    /**
     * @param column the column checked
     * @param invalid how many values would not load
     * @param first the first of them, in file order
     */
    public record ColumnValidation(ColumnSpec column, long invalid, List<InvalidValue> first) {
        public ColumnValidation {
            first = List.copyOf(first);
        }
    }
}
