package com.redshiftloader.infra.load.stage;

import com.redshiftloader.domain.sql.SqlIdentifiers;
import com.redshiftloader.domain.sql.TableName;

/**
 * The table a {@link StageFiller} writes to: the session-private stage (with the source-line column, for merges and
 * for COPY error mapping), or the target itself (append, truncate, replace and fail_if_exists write the rows once,
 * straight into the target, inside the load's transaction).
 *
 * @param sql the table's name as SQL (quoted, schema-qualified for a target)
 * @param sourceLine whether the table has the {@link com.redshiftloader.domain.sql.SqlDialect#SOURCE_LINE_COLUMN}
 */
public record FillTable(String sql, boolean sourceLine) {

    /** A stage temp table, created by the loader with the source-line column. */
    public static FillTable stage(String name) {
        return new FillTable(SqlIdentifiers.quote(name), true);
    }

    /** The load's target table. */
    public static FillTable target(TableName table) {
        return new FillTable(table.sql(), false);
    }

    @Override
    public String toString() {
        return sql;
    }
}
