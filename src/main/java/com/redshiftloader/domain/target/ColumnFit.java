package com.redshiftloader.domain.target;

import java.util.Optional;

/**
 * How one of the file's columns meets the target table before a load.
 *
 * @param target the target column's name (as the table spells it when it has the column)
 * @param tableType the table column's type, or empty for a column the load adds
 * @param verdict what the load will do with the column's values
 * @param detail for {@link Verdict#NOTHING_FITS}, the first value that does not fit with its line and why; else empty
 */
public record ColumnFit(String target, Optional<String> tableType, Verdict verdict, String detail) {

    /** What the load does with a column's values. */
    public enum Verdict {
        /** Every value of the file's type fits the table column. */
        FITS,
        /** The table's type is narrower: each value is checked, and one that does not fit is a bad row. */
        CHECKED,
        /** The table lacks the column: the load adds it. */
        ADDED,
        /** None of the file's values fits the table column: the load would stop before any row is sent. */
        NOTHING_FITS
    }
}
