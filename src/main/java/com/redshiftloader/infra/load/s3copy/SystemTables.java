package com.redshiftloader.infra.load.s3copy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Whether this session may read a system table (STV_SLICES, STL_LOAD_ERRORS, SYS_LOAD_ERROR_DETAIL), asked of the
 * catalog so that it cannot fail: on Redshift a failed statement aborts the load's transaction, and such tables
 * exist only on some deployments (none on PostgreSQL, no STL tables on Serverless) and for some users.
 */
final class SystemTables {

    private static final String READABLE = "SELECT count(*) FROM pg_catalog.pg_class c WHERE c.relname = ?"
            + " AND CASE WHEN pg_table_is_visible(c.oid) THEN has_table_privilege(c.relname, 'SELECT') ELSE false END";

    private SystemTables() {}

    static boolean readable(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(READABLE)) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                boolean readable = rows.next() && rows.getInt(1) > 0;
                while (rows.next()) {
                    // read to the end: a result closed early may make the driver send the server a cancel
                }
                return readable;
            }
        }
    }
}
