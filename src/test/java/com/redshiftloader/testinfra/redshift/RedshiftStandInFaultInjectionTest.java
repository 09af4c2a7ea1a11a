package com.redshiftloader.testinfra.redshift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.redshiftloader.testinfra.RedshiftStandInExtension;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RedshiftStandInExtension.class)
class RedshiftStandInFaultInjectionTest {

    private final RedshiftStandIn standIn;

    RedshiftStandInFaultInjectionTest(RedshiftStandIn standIn) {
        this.standIn = standIn;
    }

    @BeforeAll
    static void createTable(RedshiftStandIn standIn) throws SQLException {
        try (Connection connection = standIn.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE events (id int)");
        }
    }

    @BeforeEach
    @AfterEach
    void reset() throws SQLException {
        standIn.clearFaults();
        try (Connection connection = standIn.database().connect();
                Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE events");
        }
    }

    @Test
    void connectionDroppedAfterSomeMessagesFailsTheClientAndRollsBack() throws Exception {
        // Connecting takes a handful of messages; 200 single-row inserts take about a thousand.
        standIn.dropNextConnectionAfterMessages(40);
        try (Connection connection = standIn.connect()) {
            connection.setAutoCommit(false);
            assertThatThrownBy(() -> insertRows(connection, 200))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("I/O error");
        }
        awaitNoOpenTransaction();
        assertThat(rowCount()).isZero();
    }

    @Test
    void droppingOpenConnectionsMidTransactionFailsTheCommitAndRollsBack() throws Exception {
        try (Connection connection = standIn.connect()) {
            connection.setAutoCommit(false);
            insertRows(connection, 3);
            standIn.dropOpenConnections();
            assertThatThrownBy(connection::commit)
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("I/O error");
        }
        awaitNoOpenTransaction();
        assertThat(rowCount()).isZero();
    }

    @Test
    void faultForTheNextConnectionDoesNotAffectTheOneAfter() throws SQLException {
        standIn.dropNextConnectionAfterMessages(0);
        // The driver's first message after authentication (a SET at connect time) is the one cut off.
        assertThatThrownBy(standIn::connect).isInstanceOf(SQLException.class);
        try (Connection second = standIn.connect()) {
            insertRows(second, 2);
        }
        assertThat(rowCount()).isEqualTo(2);
    }

    private static void insertRows(Connection connection, int rows) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO events VALUES (?)")) {
            for (int i = 0; i < rows; i++) {
                insert.setInt(1, i);
                insert.executeUpdate();
            }
        }
    }

    private int rowCount() throws SQLException {
        try (Connection connection = standIn.database().connect();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT count(*) FROM events")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** PostgreSQL ends the cut-off backend (rolling its transaction back) once it reads end of stream. */
    private void awaitNoOpenTransaction() throws SQLException, InterruptedException {
        String query = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND state LIKE 'idle in transaction%'";
        long deadline = System.nanoTime() + 10_000_000_000L;
        try (Connection connection = standIn.database().connect();
                Statement statement = connection.createStatement()) {
            while (true) {
                try (ResultSet rs = statement.executeQuery(query)) {
                    rs.next();
                    if (rs.getInt(1) == 0) {
                        return;
                    }
                }
                assertThat(System.nanoTime()).as("backend still in transaction").isLessThan(deadline);
                Thread.sleep(50);
            }
        }
    }
}
