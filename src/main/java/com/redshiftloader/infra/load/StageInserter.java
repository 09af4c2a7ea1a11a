package com.redshiftloader.infra.load;

import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.sql.SqlDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Runs multi-row INSERTs of converted rows into a stage or the target; the statement for a full batch is prepared
 * once.
 */
final class StageInserter implements AutoCloseable {

    private final Connection connection;
    private final SqlDialect dialect;
    private final FillTable table;
    private final List<ColumnSpec> columns;
    private final int[] sqlTypes;
    private PreparedStatement cached;
    private int cachedRows;

    StageInserter(Connection connection, SqlDialect dialect, FillTable table, List<ColumnSpec> columns) {
        this.connection = connection;
        this.dialect = dialect;
        this.table = table;
        this.columns = columns;
        this.sqlTypes =
                columns.stream().mapToInt(c -> JdbcValues.sqlType(c.type())).toArray();
    }

    /** The SQL of an INSERT of {@code rows} rows, for the log (placeholders only, never values). */
    String sql(int rows) {
        return dialect.insertRows(table.sql(), columns, rows, table.sourceLine());
    }

    void insert(List<StageRow> rows) throws SQLException {
        PreparedStatement statement = statement(rows.size());
        int index = 1;
        for (StageRow row : rows) {
            Object[] values = row.values();
            for (int c = 0; c < values.length; c++) {
                JdbcValues.bind(statement, index++, values[c], sqlTypes[c]);
            }
            if (table.sourceLine()) {
                statement.setLong(index++, row.line());
            }
        }
        try {
            statement.executeUpdate();
        } finally {
            if (statement != cached) {
                statement.close();
            }
        }
    }

    private PreparedStatement statement(int rows) throws SQLException {
        if (rows == cachedRows && cached != null) {
            return cached;
        }
        PreparedStatement statement = connection.prepareStatement(sql(rows));
        if (cached == null) {
            cached = statement;
            cachedRows = rows;
        }
        return statement;
    }

    @Override
    public void close() throws SQLException {
        if (cached != null) {
            cached.close();
            cached = null;
        }
    }
}
