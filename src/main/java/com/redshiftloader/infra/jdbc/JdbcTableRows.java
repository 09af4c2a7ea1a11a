package com.redshiftloader.infra.jdbc;

import com.redshiftloader.domain.connection.ConnectionFailedException;
import com.redshiftloader.domain.load.LoadException;
import com.redshiftloader.domain.load.TableRows;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.sql.TableName;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a table's first rows through JDBC, each value as the driver prints it. */
public final class JdbcTableRows implements TableRows {

    private final JdbcConnector connector;

    public JdbcTableRows(JdbcConnector connector) {
        this.connector = connector;
    }

    @Override
    public Page first(ConnectionProfile profile, TableName table, int limit) throws LoadException {
        String query = TableRows.query(table, limit);
        try (Connection connection = connector.open(profile);
                Statement statement = connection.createStatement()) {
            statement.setMaxRows(limit);
            try (ResultSet rows = statement.executeQuery(query.substring(0, query.length() - 1))) {
                return page(rows);
            }
        } catch (ConnectionFailedException e) {
            throw new LoadException("Could not read back " + table + ": " + e.problem(), e.fix(), e);
        } catch (SQLException e) {
            throw new LoadException(
                    "Could not read back " + table + ": " + firstLine(e.getMessage()),
                    "Run the query in a SQL client to see more; the table and its rows are as the load left them.",
                    e);
        }
    }

    private static Page page(ResultSet rows) throws SQLException {
        ResultSetMetaData meta = rows.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int column = 1; column <= meta.getColumnCount(); column++) {
            columns.add(meta.getColumnLabel(column));
        }
        List<List<Optional<String>>> values = new ArrayList<>();
        while (rows.next()) {
            List<Optional<String>> row = new ArrayList<>(columns.size());
            for (int column = 1; column <= columns.size(); column++) {
                row.add(text(rows, meta, column));
            }
            values.add(row);
        }
        return new Page(columns, values);
    }

    /** A value as the user reads it: as the database writes it, but a boolean as true or false (not t or f). */
    private static Optional<String> text(ResultSet rows, ResultSetMetaData meta, int column) throws SQLException {
        String type = meta.getColumnTypeName(column);
        if ("bool".equalsIgnoreCase(type) || "boolean".equalsIgnoreCase(type)) {
            boolean value = rows.getBoolean(column);
            return rows.wasNull() ? Optional.empty() : Optional.of(Boolean.toString(value));
        }
        return Optional.ofNullable(rows.getString(column));
    }

    private static String firstLine(String message) {
        String text = String.valueOf(message).strip();
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
