package com.redshiftloader.infra.load.target;

import com.redshiftloader.domain.sql.TableName;
import com.redshiftloader.infra.jdbc.DestinationCatalog;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Looks at the destination before a load: whether the schema exists, and the target table's columns with their
 * types (matched case-insensitively, as Redshift folds names). Works on Redshift and PostgreSQL alike.
 */
public final class TargetInspector {

    private final Connection connection;
    private final DestinationCatalog catalog;

    public TargetInspector(Connection connection, Duration timeout) {
        this.connection = connection;
        // pg_namespace rather than svv_all_schemas: local schemas are the ones a load can create tables in
        this.catalog = new DestinationCatalog(connection, false, timeout);
    }

    boolean schemaExists(String schema) throws SQLException {
        return catalog.schemaExists(schema);
    }

    /** The table's name as spelled in the catalog and its columns, or empty when there is no such table. */
    public Optional<ExistingTable> table(TableName target) throws SQLException {
        Optional<DestinationCatalog.Table> table = catalog.table(target.schema(), target.table());
        if (table.isEmpty()) {
            return Optional.empty();
        }
        String name = table.get().name();
        List<TargetColumn> columns = new ArrayList<>();
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a"
                        + " JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE n.nspname = ? AND c.relname = ? AND a.attnum > 0 AND NOT a.attisdropped"
                        + " ORDER BY a.attnum")) {
            statement.setString(1, target.schema());
            statement.setString(2, name);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    columns.add(new TargetColumn(rs.getString(1), rs.getString(2)));
                }
            }
        }
        return Optional.of(new ExistingTable(new TableName(target.schema(), name), columns));
    }

    /** An existing target table. */
    public record ExistingTable(TableName name, List<TargetColumn> columns) {
        public ExistingTable {
            columns = List.copyOf(columns);
        }

        Optional<TargetColumn> column(String wanted) {
            return columns.stream()
                    .filter(c -> c.name().equals(wanted))
                    .findFirst()
                    .or(() -> columns.stream()
                            .filter(c -> c.name().equalsIgnoreCase(wanted))
                            .findFirst());
        }
    }
}
