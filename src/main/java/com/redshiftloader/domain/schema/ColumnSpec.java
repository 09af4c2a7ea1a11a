package com.redshiftloader.domain.schema;

import com.redshiftloader.domain.schema.types.RedshiftType;

/**
 * A column as it will be created and loaded.
 *
 * @param position the 0-based position in the source records
 * @param source the name in the file
 * @param name the Redshift column name (unquoted; quote with {@code SqlIdentifiers})
 * @param type the chosen type
 * @param origin where the type came from
 */
public record ColumnSpec(int position, String source, String name, RedshiftType type, Origin origin) {

    /** Where a column's type came from, weakest first. */
    public enum Origin {
        INFERRED,
        TYPE_MAPPING,
        OVERRIDE
    }
}
