package com.redshiftloader.infra.load.target;

import com.redshiftloader.domain.connection.ConnectionFailedException;
import com.redshiftloader.domain.load.LoadException;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.types.TemporalPattern;
import com.redshiftloader.domain.sql.SqlIdentifiers;
import com.redshiftloader.domain.sql.TableName;
import com.redshiftloader.domain.target.ColumnFit;
import com.redshiftloader.domain.target.TableShape;
import com.redshiftloader.domain.target.TableSummary;
import com.redshiftloader.domain.target.TargetCatalog;
import com.redshiftloader.domain.target.TargetCatalogException;
import com.redshiftloader.infra.jdbc.JdbcConnector;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * The destination's tables and columns through JDBC, on Redshift and PostgreSQL alike, and the fit check of
 * {@link SchemaEvolution} (what {@link TargetPreparation} runs before a load) run ahead, without changing anything.
 */
public final class JdbcTargetCatalog implements TargetCatalog {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String USER_TABLES = "SELECT n.nspname, c.relname FROM pg_class c"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p')"
            + " AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_internal', 'pg_automv',"
            + " 'catalog_history') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'"
            + " ORDER BY n.nspname, c.relname";

    private final Supplier<JdbcConnector> connector;

    /** @param connector the connector, asked for on the first read (the window starts without one) */
    public JdbcTargetCatalog(Supplier<JdbcConnector> connector) {
        this.connector = connector;
    }

    @Override
    public List<TableSummary> tables(ConnectionProfile profile) throws TargetCatalogException {
        try (Connection connection = open(profile)) {
            List<TableName> names = new ArrayList<>();
            try (Statement statement = connection.createStatement()) {
                statement.setQueryTimeout((int) TIMEOUT.toSeconds());
                try (ResultSet rs = statement.executeQuery(USER_TABLES)) {
                    while (rs.next()) {
                        names.add(new TableName(rs.getString(1), rs.getString(2)));
                    }
                }
            }
            List<TableSummary> tables = new ArrayList<>(names.size());
            for (TableName name : names) {
                tables.add(new TableSummary(name, rows(connection, name)));
            }
            return List.copyOf(tables);
        } catch (SQLException e) {
            throw unreadable("The list of tables could not be read: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<TableShape> table(ConnectionProfile profile, TableName table) throws TargetCatalogException {
        try (Connection connection = open(profile)) {
            Optional<TargetInspector.ExistingTable> existing = new TargetInspector(connection, TIMEOUT).table(table);
            if (existing.isEmpty()) {
                return Optional.empty();
            }
            List<TableShape.Column> columns = existing.get().columns().stream()
                    .map(column -> new TableShape.Column(column.name(), column.type()))
                    .toList();
            TableName name = existing.get().name();
            return Optional.of(new TableShape(name, columns, rows(connection, name)));
        } catch (SQLException e) {
            throw unreadable("The columns of " + table + " could not be read: " + e.getMessage(), e);
        }
    }

    @Override
    public List<ColumnFit> fit(LoadPlan plan, Map<String, TemporalPattern> patterns) throws TargetCatalogException {
        try (Connection connection = open(plan.profile())) {
            Optional<TargetInspector.ExistingTable> existing =
                    new TargetInspector(connection, TIMEOUT).table(plan.target());
            if (existing.isEmpty()) {
                return plan.columns().stream()
                        .map(column -> new ColumnFit(column.name(), Optional.empty(), ColumnFit.Verdict.ADDED, ""))
                        .toList();
            }
            SchemaEvolution evolution = SchemaEvolution.against(
                    existing.get(), plan, patterns, plan.profile().engine().dialect());
            return verdicts(evolution);
        } catch (SQLException e) {
            throw unreadable("The table " + plan.target() + " could not be checked: " + e.getMessage(), e);
        } catch (LoadException e) {
            throw new TargetCatalogException(e.getMessage(), e.fix(), e);
        }
    }

    private static List<ColumnFit> verdicts(SchemaEvolution evolution) {
        List<ColumnFit> fits = new ArrayList<>();
        for (int i = 0; i < evolution.columns().size(); i++) {
            ColumnSpec column = evolution.columns().get(i);
            String conflict = evolution.conflictsByPosition().get(column.position());
            if (evolution.added().contains(column)) {
                fits.add(new ColumnFit(column.name(), Optional.empty(), ColumnFit.Verdict.ADDED, ""));
            } else {
                ColumnFit.Verdict verdict = conflict != null
                        ? ColumnFit.Verdict.NOTHING_FITS
                        : evolution.checked().contains(column.position())
                                ? ColumnFit.Verdict.CHECKED
                                : ColumnFit.Verdict.FITS;
                fits.add(new ColumnFit(
                        column.name(),
                        Optional.of(evolution.stageTypes().get(i)),
                        verdict,
                        conflict == null ? "" : conflict));
            }
        }
        return List.copyOf(fits);
    }

    /** The table's rows, or empty when the user may not read it. */
    private static OptionalLong rows(Connection connection, TableName table) {
        String sql = "SELECT count(*) FROM " + SqlIdentifiers.quote(table.schema()) + "."
                + SqlIdentifiers.quote(table.table());
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setQueryTimeout((int) TIMEOUT.toSeconds());
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        } catch (SQLException e) {
            return OptionalLong.empty(); // no SELECT right on this table: listed without a count
        }
    }

    private Connection open(ConnectionProfile profile) throws TargetCatalogException, SQLException {
        try {
            Connection connection = connector.get().open(profile);
            connection.setAutoCommit(true); // a table we may not count must not abort the others' counts
            return connection;
        } catch (ConnectionFailedException e) {
            throw new TargetCatalogException(
                    "Could not connect to read the tables: " + e.problem(),
                    e.fix() + " Or choose New table: the load creates it.",
                    e);
        }
    }

    private static TargetCatalogException unreadable(String message, SQLException e) {
        return new TargetCatalogException(
                message,
                "Check that the profile's user may read the schema (USAGE) and its tables (SELECT), or choose New table.",
                e);
    }
}
