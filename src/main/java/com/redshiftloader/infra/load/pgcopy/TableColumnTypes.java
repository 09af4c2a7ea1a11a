package com.redshiftloader.infra.load.pgcopy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** The PostgreSQL type (its pg_type OID) of each column of a table, as the load's transaction sees the table. */
final class TableColumnTypes {

    private static final String SQL = "SELECT attname, atttypid FROM pg_attribute"
            + " WHERE attrelid = to_regclass(?) AND attnum > 0 AND NOT attisdropped";

    private TableColumnTypes() {}

    /**
     * @param table the table's name as SQL (quoted, perhaps schema-qualified)
     * @return column name → type OID; empty when there is no such table
     */
    static Map<String, Long> of(Connection connection, String table) throws SQLException {
        Map<String, Long> types = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(SQL)) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    types.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return types;
    }
}
