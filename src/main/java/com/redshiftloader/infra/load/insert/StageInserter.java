package com.redshiftloader.infra.load.insert;

import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.sql.SqlDialect;
import com.redshiftloader.infra.load.convert.StageRow;
import com.redshiftloader.infra.load.stage.FillTable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Multi-row INSERTs of converted rows into a stage or the target: prepares their statements, binds rows to them (for
 * {@link GroupBinder}, as entries of a JDBC batch), and runs single statements (for {@link FailingRowFinder}; the
 * statement for the most frequent size is prepared once).
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

    /** A statement for INSERTs of {@code rows} rows; the caller closes it. */
    PreparedStatement prepare(int rows) throws SQLException {
        return connection.prepareStatement(sql(rows));
    }

    /**
     * Binds the rows to a statement of their size and adds them to its batch. Touches the statement only, not the
     * connection, so it may run on another thread than the one that executes.
     */
    void addBatch(PreparedStatement statement, List<StageRow> rows) throws SQLException {
        bind(statement, rows);
        statement.addBatch();
    }

    void insert(List<StageRow> rows) throws SQLException {
        PreparedStatement statement = statement(rows.size());
        bind(statement, rows);
        try {
            statement.executeUpdate();
        } finally {
            if (statement != cached) {
                statement.close();
            }
        }
    }

    private void bind(PreparedStatement statement, List<StageRow> rows) throws SQLException {
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
    }

    private PreparedStatement statement(int rows) throws SQLException {
        if (rows == cachedRows && cached != null) {
            return cached;
        }
        PreparedStatement statement = prepare(rows);
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
