package com.redshiftloader.infra.load.s3copy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalInt;

/**
 * The cluster's slice count, from {@code STV_SLICES}, when this session may read it (see {@link SystemTables}).
 * Redshift Serverless and PostgreSQL have no such table: the count is unknown there.
 */
final class SliceCount {

    private SliceCount() {}

    static OptionalInt query(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (!SystemTables.readable(connection, "stv_slices")) {
                return OptionalInt.empty();
            }
            int slices = count(statement, "SELECT count(*) FROM stv_slices");
            return slices > 0 ? OptionalInt.of(slices) : OptionalInt.empty();
        }
    }

    private static int count(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            int count = rows.next() ? rows.getInt(1) : 0;
            while (rows.next()) {
                // read to the end: a result closed early may make the driver send the server a cancel
            }
            return count;
        }
    }
}
