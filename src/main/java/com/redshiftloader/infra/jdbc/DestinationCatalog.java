package com.redshiftloader.infra.jdbc;

import com.redshiftloader.domain.sql.SqlIdentifiers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Questions about the destination that a user without any special right may ask, in SQL that works on Redshift and
 * PostgreSQL alike: does the schema or table exist, what columns has the table, may the user create schemas or
 * tables. Redshift's {@code information_schema.schemata} lists only the schemas the user owns, so schemas are looked
 * up in {@code svv_all_schemas} on Redshift and {@code pg_namespace} on PostgreSQL.
 */
public final class DestinationCatalog {

    private final Connection connection;
    private final boolean redshift;
    private final int timeoutSeconds;

    /** @param redshift whether the server is Amazon Redshift (from {@code version()}) */
    public DestinationCatalog(Connection connection, boolean redshift, Duration timeout) {
        this.connection = connection;
        this.redshift = redshift;
        this.timeoutSeconds = (int) Math.max(1, timeout.toSeconds());
    }

    /** The session's user, as the server spells it (e.g. {@code IAMA:awsuser}). */
    public String currentUser() throws SQLException {
        return single("SELECT current_user").orElseThrow();
    }

    public String currentDatabase() throws SQLException {
        return single("SELECT current_database()").orElseThrow();
    }

    public boolean schemaExists(String schema) throws SQLException {
        String sql = redshift
                ? "SELECT schema_name FROM svv_all_schemas WHERE database_name = current_database()"
                        + " AND schema_name = ?"
                : "SELECT nspname FROM pg_namespace WHERE nspname = ?";
        return single(sql, schema).isPresent();
    }

    /** Whether the user may run CREATE SCHEMA in the current database. */
    public boolean mayCreateSchemas() throws SQLException {
        return flag("SELECT has_database_privilege(current_database(), 'CREATE')");
    }

    /** Whether the user may create tables in the schema (needs CREATE and USAGE). */
    public boolean mayCreateTablesIn(String schema) throws SQLException {
        return flag("SELECT has_schema_privilege(?, 'CREATE') AND has_schema_privilege(?, 'USAGE')", schema, schema);
    }

    /** An existing table: its name as the catalog spells it, and its columns in order. */
    public record Table(String name, List<String> columns) {
        public Table {
            columns = List.copyOf(columns);
        }
    }

    /**
     * The table, or empty when there is none. The name matches case-insensitively (Redshift folds identifiers to lower
     * case), an exact match first. The system catalog is read rather than {@code information_schema}, which hides
     * tables the user has no right on.
     */
    public Optional<Table> table(String schema, String table) throws SQLException {
        Optional<String> name = single(
                "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE n.nspname = ? AND lower(c.relname) = lower(?) AND c.relkind IN ('r', 'p', 'v', 'm', 'f')"
                        + " ORDER BY CASE WHEN c.relname = ? THEN 0 ELSE 1 END LIMIT 1",
                schema,
                table,
                table);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        List<String> columns = new ArrayList<>();
        try (PreparedStatement statement = prepare(
                        "SELECT a.attname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
                                + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                                + " WHERE n.nspname = ? AND c.relname = ? AND a.attnum > 0 AND NOT a.attisdropped"
                                + " ORDER BY a.attnum",
                        schema,
                        name.get());
                ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                columns.add(rs.getString(1));
            }
        }
        return Optional.of(new Table(name.get(), columns));
    }

    /** Whether the user may insert into the table. */
    public boolean mayInsertInto(String schema, String table) throws SQLException {
        return flag(
                "SELECT has_table_privilege(?, 'INSERT')",
                SqlIdentifiers.quote(schema) + "." + SqlIdentifiers.quote(table));
    }

    private boolean flag(String sql, String... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(sql, parameters);
                ResultSet rs = statement.executeQuery()) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private Optional<String> single(String sql, String... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(sql, parameters);
                ResultSet rs = statement.executeQuery()) {
            return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
        }
    }

    private PreparedStatement prepare(String sql, String... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setQueryTimeout(timeoutSeconds);
        for (int i = 0; i < parameters.length; i++) {
            statement.setString(i + 1, parameters[i]);
        }
        return statement;
    }
}
