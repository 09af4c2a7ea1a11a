package com.redshiftloader.testinfra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresDatabaseExtension.class)
class PostgresDatabaseExtensionTest {

    @Test
    void serverIsPostgres17WithMd5Passwords(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT current_setting('server_version_num')::int, current_user, current_database()")) {
            rs.next();
            assertThat(rs.getInt(1)).isBetween(170000, 179999);
            assertThat(rs.getString(2)).isEqualTo(EmbeddedPostgresServer.LOGIN_USER);
            assertThat(rs.getString(3)).isEqualTo(database.name());
        }
        try (Connection admin = database.connectAsAdmin();
                Statement statement = admin.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT rolpassword FROM pg_authid WHERE rolname = '" + database.user() + "'")) {
            rs.next();
            assertThat(rs.getString(1)).startsWith("md5");
        }
    }

    @Test
    void wrongPasswordIsRefused(TestDatabase database) {
        assertThatThrownBy(() -> DriverManager.getConnection(database.postgresJdbcUrl(), database.user(), "wrong"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
    }

    @Test
    void redshiftFunctionsAreSupplied(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE docs (id int, body super)");
            statement.execute("INSERT INTO docs VALUES (1, json_parse('{\"a\": [1, 2]}'))");
            try (ResultSet rs = statement.executeQuery("SELECT body -> 'a' ->> 1, getdate() IS NOT NULL FROM docs")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("2");
                assertThat(rs.getBoolean(2)).isTrue();
            }
        }
    }

    @Test
    void eachTestClassGetsItsOwnDatabase(TestDatabase database) throws SQLException {
        TestDatabase other = PostgresDatabaseExtension.create("other");
        assertThat(other.name()).isNotEqualTo(database.name());
        try (Connection connection = other.connect();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }
}
