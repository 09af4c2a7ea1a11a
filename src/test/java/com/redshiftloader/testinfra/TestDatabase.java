package com.redshiftloader.testinfra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A database of its own for one test class on the shared embedded PostgreSQL, owned by the password login role
 * {@link EmbeddedPostgresServer#LOGIN_USER}, with the Redshift-only SQL that loads rely on supplied in plain SQL.
 */
public record TestDatabase(EmbeddedPostgresServer server, String name) {

    /** SQL that gives PostgreSQL the Redshift functions and types the loader uses. */
    static final String REDSHIFT_COMPATIBILITY_SQL = """
            CREATE DOMAIN public.super AS jsonb;
            CREATE FUNCTION public.json_parse(text) RETURNS jsonb
                LANGUAGE sql IMMUTABLE STRICT AS 'SELECT $1::jsonb';
            CREATE FUNCTION public.getdate() RETURNS timestamp without time zone
                LANGUAGE sql STABLE AS 'SELECT localtimestamp';
            """;

    public String user() {
        return EmbeddedPostgresServer.LOGIN_USER;
    }

    public String password() {
        return EmbeddedPostgresServer.LOGIN_PASSWORD;
    }

    /** A direct pgjdbc URL to this database (no stand-in in between). */
    public String postgresJdbcUrl() {
        return server.jdbcUrl(name);
    }

    /** A direct connection as the login role, through pgjdbc. */
    public Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user());
        properties.setProperty("password", password());
        return DriverManager.getConnection(postgresJdbcUrl(), properties);
    }

    /** A superuser connection, for setting up privileges or inspecting catalogs. */
    public Connection connectAsAdmin() throws SQLException {
        return server.adminConnection(name);
    }

    /** The rows of a query, each as its values joined by {@code |} ({@code null} for SQL NULL). */
    public List<String> query(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int c = 1; c <= columns; c++) {
                    values.add(String.valueOf(rs.getString(c)));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }
}
