package com.redshiftloader.infra.load.insert;

import com.redshiftloader.domain.load.LoadException;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.sql.SqlDialect;
import com.redshiftloader.domain.sql.SqlIdentifiers;
import com.redshiftloader.infra.load.convert.StageRow;
import com.redshiftloader.infra.load.stage.FillTable;
import com.redshiftloader.infra.load.stage.LoadFailures;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the row of a failed batch of multi-row INSERTs that the database refuses. Redshift has no savepoints, so the
 * load's transaction is rolled back first; the batch's statements are then run again one at a time, and the rows of
 * the first one refused inserted one by one, each time in a fresh transaction, into a fresh temp table with the
 * stage's column types, and those transactions are rolled back too.
 */
public final class FailingRowFinder {

    private static final Logger LOG = LoggerFactory.getLogger(FailingRowFinder.class);

    /** SQLSTATE of a statement cancelled (by a timeout or a user): not the rows' fault. */
    private static final String QUERY_CANCELED = "57014";

    private final SqlDialect dialect;
    private final LoadPlan plan;
    private final List<String> stageTypes;
    private final boolean targetSurvivesRollback;

    /**
     * @param stageTypes the stage's column types as SQL, in plan column order
     * @param targetSurvivesRollback whether the target existed with all the plan's columns before the load, so that
     *     the probe can copy it with LIKE (and keep its NOT NULL constraints)
     */
    public FailingRowFinder(
            SqlDialect dialect, LoadPlan plan, List<String> stageTypes, boolean targetSurvivesRollback) {
        this.dialect = dialect;
        this.plan = plan;
        this.stageTypes = List.copyOf(stageTypes);
        this.targetSurvivesRollback = targetSurvivesRollback;
    }

    /**
     * The refusal of the failing row, or of the batch's rows together when no single row fails. The entries (a
     * batch's statements, in order) are tried whole first; the rows of the first entry refused are then tried one by
     * one. A failure that says nothing about the rows (the connection lost, a serialization conflict, a cancelled
     * statement) is thrown as it is.
     */
    LoadException find(Connection connection, List<List<StageRow>> entries, SQLException batchFailure)
            throws SQLException {
        List<StageRow> rows = entries.getFirst();
        if (entries.size() > 1) {
            connection.rollback();
            Optional<List<StageRow>> refused = firstRefusedEntry(connection, entries);
            if (refused.isEmpty()) {
                return refusedTogether(entries.stream().flatMap(List::stream).toList(), batchFailure);
            }
            rows = refused.get();
        }
        return firstRefusedRow(connection, rows, batchFailure);
    }

    private Optional<List<StageRow>> firstRefusedEntry(Connection connection, List<List<StageRow>> entries)
            throws SQLException {
        String probe = createProbe(connection);
        try (StageInserter inserter = new StageInserter(connection, dialect, FillTable.stage(probe), plan.columns())) {
            for (List<StageRow> entry : entries) {
                try {
                    inserter.insert(entry);
                } catch (SQLException e) {
                    throwUnlessARefusal(e);
                    return Optional.of(entry);
                }
            }
            return Optional.empty();
        } finally {
            connection.rollback();
        }
    }

    private LoadException firstRefusedRow(Connection connection, List<StageRow> rows, SQLException batchFailure)
            throws SQLException {
        connection.rollback();
        String probe = createProbe(connection);
        try (StageInserter inserter = new StageInserter(connection, dialect, FillTable.stage(probe), plan.columns())) {
            for (StageRow row : rows) {
                try {
                    inserter.insert(List.of(row));
                } catch (SQLException e) {
                    throwUnlessARefusal(e);
                    LOG.info("Row at line {} refused: {}", row.line(), LoadFailures.firstLine(e.getMessage()));
                    return LoadFailures.badRow(plan, row.line(), valueNamedIn(e, row), e);
                }
            }
        } finally {
            connection.rollback();
        }
        return refusedTogether(rows, batchFailure);
    }

    /**
     * Rows that fail only together: no single line is to blame, so the error names none, and a reject budget does
     * not set any of them aside.
     */
    private LoadException refusedTogether(List<StageRow> rows, SQLException batchFailure) {
        return new LoadException(
                "Lines " + rows.getFirst().line() + " to " + rows.getLast().line() + " of "
                        + plan.file().getFileName()
                        + " were refused together, though each statement or row loads alone: "
                        + LoadFailures.firstLine(batchFailure.getMessage()) + ". Nothing was loaded.",
                "Run the load again; if it fails again, load with a smaller file to find the cause.",
                batchFailure);
    }

    private static void throwUnlessARefusal(SQLException e) throws SQLException {
        if (LoadFailures.isConnectionFailure(e)
                || LoadFailures.isSerializationFailure(e)
                || QUERY_CANCELED.equals(e.getSQLState())) {
            throw e;
        }
    }

    private String createProbe(Connection connection) throws SQLException {
        String probe = "__probe_" + Long.toHexString(System.nanoTime());
        try (Statement statement = connection.createStatement()) {
            List<String> create =
                    targetSurvivesRollback ? dialect.createStage(probe, plan.target()) : List.of(createProbe(probe));
            for (String sql : create) {
                statement.execute(sql);
            }
        }
        return probe;
    }

    private String createProbe(String probe) {
        StringJoiner columns = new StringJoiner(", ", "(", ")");
        List<ColumnSpec> specs = plan.columns();
        for (int i = 0; i < specs.size(); i++) {
            columns.add(SqlIdentifiers.quote(specs.get(i).name()) + " " + stageTypes.get(i));
        }
        columns.add(SqlIdentifiers.quote(SqlDialect.SOURCE_LINE_COLUMN) + " BIGINT");
        return "CREATE TEMP TABLE " + SqlIdentifiers.quote(probe) + " " + columns;
    }

    private Optional<String> valueNamedIn(SQLException e, StageRow row) {
        String message = String.valueOf(e.getMessage());
        List<ColumnSpec> specs = plan.columns();
        for (int i = 0; i < specs.size(); i++) {
            if (message.contains("\"" + specs.get(i).name() + "\"")) {
                Object value = row.values()[i];
                return Optional.of(value == null ? "NULL" : value.toString());
            }
        }
        return Optional.empty();
    }
}
