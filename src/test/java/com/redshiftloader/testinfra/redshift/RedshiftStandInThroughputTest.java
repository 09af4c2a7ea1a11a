package com.redshiftloader.testinfra.redshift;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.testinfra.RedshiftStandInExtension;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Prints (does not assert) how multi-row inserts through the stand-in compare with direct pgjdbc, to catch a proxy
 * that flushes too often.
 */
@ExtendWith(RedshiftStandInExtension.class)
class RedshiftStandInThroughputTest {

    private static final int ROWS = 20_000;
    private static final int ROWS_PER_STATEMENT = 100;

    @Test
    void multiRowInsertsThroughTheStandInKeepUpWithDirectPgjdbc(RedshiftStandIn standIn) throws SQLException {
        try (Connection direct = standIn.database().connect();
                Connection proxied = standIn.connect()) {
            createTable(direct, "direct_rows");
            createTable(direct, "proxied_rows");
            insert(direct, "direct_rows"); // warm-up of server caches and JIT for both paths
            insert(proxied, "proxied_rows");
            long directNanos = insert(direct, "direct_rows");
            long proxiedNanos = insert(proxied, "proxied_rows");
            System.out.printf(
                    "Redshift stand-in throughput, %d rows in %d-row INSERTs: direct pgjdbc %d ms, Redshift driver"
                            + " through the stand-in %d ms (%.0f%% of direct speed)%n",
                    ROWS,
                    ROWS_PER_STATEMENT,
                    directNanos / 1_000_000,
                    proxiedNanos / 1_000_000,
                    100.0 * directNanos / proxiedNanos);
            assertThat(count(direct, "proxied_rows")).isEqualTo(2L * ROWS);
        }
    }

    private static void createTable(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + table + " (id int, name text, amount numeric(12,2), at timestamp)");
        }
    }

    private static long insert(Connection connection, String table) throws SQLException {
        StringBuilder sql = new StringBuilder("INSERT INTO " + table + " VALUES ");
        for (int i = 0; i < ROWS_PER_STATEMENT; i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, now())");
        }
        long start = System.nanoTime();
        try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
            for (int row = 0; row < ROWS; ) {
                for (int i = 0; i < ROWS_PER_STATEMENT; i++, row++) {
                    insert.setInt(3 * i + 1, row);
                    insert.setString(3 * i + 2, "name-" + row);
                    insert.setBigDecimal(3 * i + 3, BigDecimal.valueOf(row, 2));
                }
                insert.executeUpdate();
            }
        }
        return System.nanoTime() - start;
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
