package com.redshiftloader.testinfra.redshift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.redshiftloader.testinfra.RedshiftStandInExtension;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RedshiftStandInExtension.class)
class RedshiftStandInConnectionTest {

    @Test
    void redshiftDriverConnectsThroughTheStandIn(RedshiftStandIn standIn) throws SQLException {
        assertThat(standIn.jdbcUrl())
                .isEqualTo("jdbc:redshift://127.0.0.1:" + standIn.port() + "/"
                        + standIn.database().name());
        try (Connection connection = standIn.connect();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT current_user, current_database(), version()")) {
            assertThat(connection.getMetaData().getDriverName()).isEqualTo("Redshift JDBC Driver");
            assertThat(connection.getClass().getName()).startsWith("com.amazon.redshift.");
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(standIn.database().user());
            assertThat(rs.getString(2)).isEqualTo(standIn.database().name());
            assertThat(rs.getString(3)).startsWith("PostgreSQL 17");
        }
    }

    @Test
    void wrongPasswordIsRefusedByPostgres(RedshiftStandIn standIn) {
        assertThatThrownBy(() -> standIn.connect(standIn.database().user(), "not-the-password"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed for user \"loader\"");
    }

    @Test
    void ddlBoundMultiRowInsertAndMergeRunThroughTheRedshiftDriver(RedshiftStandIn standIn) throws SQLException {
        try (Connection connection = standIn.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA sales");
            statement.execute("CREATE TABLE sales.customer (id int PRIMARY KEY, name varchar(50), city text, score"
                    + " numeric(5,1))");
            statement.execute("CREATE TABLE sales.stage (LIKE sales.customer)");
            insertCustomers(connection, "sales.customer", new Object[][] {
                {1, "Ann", "Oslo", 1.5}, {2, "Bob", "Rome", 2.5}, {3, "Cid", "Lima", 3.5}
            });
            insertCustomers(connection, "sales.stage", new Object[][] {
                {2, "Bob", "Paris", 9.0}, {3, "Cid", "Lima", 8.0}, {4, "Dee", "Kyiv", 7.0}
            });
            int merged = statement.executeUpdate("""
                    MERGE INTO sales.customer t USING sales.stage s ON t.id = s.id
                    WHEN MATCHED THEN UPDATE SET city = s.city, score = s.score
                    WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.name, s.city, s.score)""");
            assertThat(merged).isEqualTo(3);
            assertThat(rows(statement, "SELECT id, name, city, score FROM sales.customer ORDER BY id"))
                    .containsExactly("1|Ann|Oslo|1.5", "2|Bob|Paris|9.0", "3|Cid|Lima|8.0", "4|Dee|Kyiv|7.0");
        }
    }

    @Test
    void cancelRequestIsForwardedToTheBackend(RedshiftStandIn standIn) throws Exception {
        try (Connection connection = standIn.connect();
                Statement statement = connection.createStatement()) {
            CompletableFuture<Void> sleeping = CompletableFuture.runAsync(() -> {
                try {
                    statement.execute("SELECT pg_sleep(30)");
                } catch (SQLException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            });
            Thread.sleep(500);
            statement.cancel();
            assertThatThrownBy(() -> sleeping.get(10, TimeUnit.SECONDS))
                    .hasMessageContaining("canceling statement due to user request");
        }
    }

    private static void insertCustomers(Connection connection, String table, Object[][] rows) throws SQLException {
        String sql = "INSERT INTO " + table + " VALUES (?, ?, ?, ?), (?, ?, ?, ?), (?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int index = 1;
            for (Object[] row : rows) {
                insert.setInt(index++, (Integer) row[0]);
                insert.setString(index++, (String) row[1]);
                insert.setString(index++, (String) row[2]);
                insert.setBigDecimal(index++, new BigDecimal(row[3].toString()));
            }
            assertThat(insert.executeUpdate()).isEqualTo(3);
        }
    }

    /** Rows as {@code a|b|c} strings. */
    static List<String> rows(Statement statement, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(query)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(rs.getString(i));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }
}
