package com.redshiftloader.infra.load;

import com.redshiftloader.domain.load.LoadException;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.sql.SqlDialect;
import com.redshiftloader.domain.sql.SqlIdentifiers;
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
final class FailingRowFinder {

    private static final Logger LOG = LoggerFactory.getLogger(FailingRowFinder.class);

    private final SqlDialect dialect;
    private final LoadPlan plan;
    private final List<String> stageTypes;
    private final boolean targetSurvivesRollback;

    /**
     * @param stageTypes the stage's column types as SQL, in plan column order
     * @param targetSurvivesRollback whether the target existed with all the plan's columns before the load, so that
     *     the probe can copy it with LIKE (and keep its NOT NULL constraints)
     */
    FailingRowFinder(SqlDialect dialect, LoadPlan plan, List<String> stageTypes, boolean targetSurvivesRollback) {
        this.dialect = dialect;
        this.plan = plan;
        this.stageTypes = List.copyOf(stageTypes);
        this.targetSurvivesRollback = targetSurvivesRollback;
    }

    /**
     * The refusal of the failing row, or of the batch's rows together when no single row fails. The entries (a
     * batch's statements, in order) are tried whole first; the rows of the first entry refused are then tried one by
     * one.
     */
    LoadException find(Connection connection, List<List<StageRow>> entries, SQLException batchFailure)
            throws SQLException {
        List<StageRow> rows = entries.stream().flatMap(List::stream).toList();
        if (entries.size() > 1) {
            connection.rollback();
            Optional<List<StageRow>> refused = firstRefusedEntry(connection, entries);
            if (refused.isPresent()) {
                rows = refused.get();
            }
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
                    LOG.info("Row at line {} refused: {}", row.line(), LoadFailures.firstLine(e.getMessage()));
                    return LoadFailures.badRow(plan, row.line(), valueNamedIn(e, row), e);
                }
            }
        } finally {
            connection.rollback();
        }
        long first = rows.getFirst().line();
        return new LoadException(
                "Lines " + first + " to " + rows.getLast().line() + " of "
                        + plan.file().getFileName()
                        + " were refused together, though each loads alone: "
                        + LoadFailures.firstLine(batchFailure.getMessage()) + ". Nothing was loaded.",
                first,
                null,
                null,
                "Run the load again; if it fails again, load with a smaller file to find the cause.",
                batchFailure);
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
