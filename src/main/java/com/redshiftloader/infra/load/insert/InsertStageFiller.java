package com.redshiftloader.infra.load.insert;

import com.redshiftloader.domain.load.InsertBatches;
import com.redshiftloader.domain.load.LoadException;
import com.redshiftloader.domain.load.LoadListener;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.sql.SqlDialect;
import com.redshiftloader.domain.time.MonotonicClock;
import com.redshiftloader.infra.load.stage.ConvertedRows;
import com.redshiftloader.infra.load.stage.FillTable;
import com.redshiftloader.infra.load.stage.LoadFailures;
import com.redshiftloader.infra.load.stage.LoadLog;
import com.redshiftloader.infra.load.stage.ProgressReporter;
import com.redshiftloader.infra.load.stage.RowSource;
import com.redshiftloader.infra.load.stage.StageFiller;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Fills the stage or the target by multi-row INSERTs with bound values, cut by {@link InsertBatches} and sent a few
 * statements per round trip. Three threads overlap: the next batches are read and converted ({@link BatchProducer}),
 * the next one is bound ({@link GroupBinder}), while the current one runs. A batch the database refuses is narrowed to
 * its failing row (see {@link FailingRowFinder}); the load is then rolled back.
 */
public final class InsertStageFiller implements StageFiller {

    private final SqlDialect dialect;
    private final FailingRowFinder finder;

    public InsertStageFiller(SqlDialect dialect, FailingRowFinder finder) {
        this.dialect = dialect;
        this.finder = finder;
    }

    @Override
    public long fill(Connection connection, FillTable table, RowSource source, LoadListener listener)
            throws SQLException, LoadException, InterruptedException {
        LoadPlan plan = source.plan();
        int rowsPerStatement = InsertBatches.rowsPerStatement(plan.columns().size());
        ProgressReporter progress = new ProgressReporter(listener, RowSource.fileBytes(plan), MonotonicClock.INSTANCE);
        long written = 0;
        long landed = 0;
        try (ConvertedRows rows = source.open();
                StageInserter inserter = new StageInserter(connection, dialect, table, plan.columns());
                BatchProducer producer = new BatchProducer(
                        rows,
                        rowsPerStatement,
                        InsertBatches.MAX_BATCH_BYTES,
                        InsertBatches.STATEMENTS_PER_ROUND_TRIP);
                GroupBinder binder = new GroupBinder(inserter, rowsPerStatement)) {
            LoadLog.sql(listener, shortSql(inserter, rowsPerStatement));
            producer.start();
            GroupBinder.Bound running = null;
            while (true) {
                if (Thread.interrupted()) {
                    throw new InterruptedException("The load was cancelled");
                }
                BatchProducer.Item item = producer.take();
                GroupBinder.Bound next =
                        switch (item) {
                            case BatchProducer.Batch batch -> bind(connection, binder, batch);
                            case BatchProducer.End end -> null;
                            case BatchProducer.Failure failure -> throw rethrow(failure.error());
                        };
                if (running != null) {
                    landed += execute(plan, connection, binder, running);
                    written += running.batch().rows();
                    progress.report(written, running.batch().bytesRead());
                }
                if (item instanceof BatchProducer.End end) {
                    progress.finish(written, end.bytesRead());
                    return landed;
                }
                running = next;
            }
        }
    }

    private static GroupBinder.Bound bind(Connection connection, GroupBinder binder, BatchProducer.Batch batch)
            throws SQLException, LoadException {
        try {
            return binder.bind(batch);
        } catch (SQLException e) {
            if (LoadFailures.isConnectionFailure(e) || connection.isClosed()) {
                throw LoadFailures.connectionLost(e);
            }
            throw e;
        }
    }

    /** Runs a batch; returns the rows the database says it inserted. */
    private long execute(LoadPlan plan, Connection connection, GroupBinder binder, GroupBinder.Bound bound)
            throws SQLException, LoadException, InterruptedException {
        try {
            return binder.execute(bound);
        } catch (SQLException batchFailure) {
            binder.stop();
            SQLException e = LoadFailures.firstError(batchFailure);
            if (LoadFailures.isConnectionFailure(e) || connection.isClosed()) {
                throw LoadFailures.connectionLost(e);
            }
            if (LoadFailures.isSerializationFailure(e)) {
                throw e;
            }
            throw LoadFailures.refusedRow(
                    plan, finder.find(connection, bound.batch().entries(), e));
        }
    }

    private static String shortSql(StageInserter inserter, int rows) {
        String one = inserter.sql(1);
        return rows == 1 ? one : one + ", … (" + rows + " rows per statement)";
    }

    private static LoadException rethrow(Exception error) {
        if (error instanceof LoadException load) {
            return load;
        }
        if (error instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw new IllegalStateException(error);
    }
}
