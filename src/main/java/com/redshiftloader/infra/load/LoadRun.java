package com.redshiftloader.infra.load;

import com.redshiftloader.domain.load.LoadEvent;
import com.redshiftloader.domain.load.LoadException;
import com.redshiftloader.domain.load.LoadListener;
import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoadPath;
import com.redshiftloader.domain.load.LoadPhase;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.load.LoadReport;
import com.redshiftloader.domain.load.LoadRoute;
import com.redshiftloader.domain.schema.types.TemporalPattern;
import com.redshiftloader.domain.sql.SqlDialect;
import com.redshiftloader.domain.sql.TableName;
import com.redshiftloader.domain.text.Counts;
import com.redshiftloader.infra.load.insert.FailingRowFinder;
import com.redshiftloader.infra.load.insert.InsertStageFiller;
import com.redshiftloader.infra.load.pgcopy.PostgresCopyStageFiller;
import com.redshiftloader.infra.load.stage.ConvertedRows;
import com.redshiftloader.infra.load.stage.FillTable;
import com.redshiftloader.infra.load.stage.LoadCounters;
import com.redshiftloader.infra.load.stage.LoadFailures;
import com.redshiftloader.infra.load.stage.LoadLog;
import com.redshiftloader.infra.load.stage.RowSource;
import com.redshiftloader.infra.load.stage.SqlRunner;
import com.redshiftloader.infra.load.stage.StageFiller;
import com.redshiftloader.infra.load.target.SchemaEvolution;
import com.redshiftloader.infra.load.target.TargetInspector;
import com.redshiftloader.infra.load.target.TargetPreparation;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/** One attempt at a load on one connection and in one transaction; see {@link JdbcLoader}. */
final class LoadRun {

    /** A connection failure before any row was sent: the load may simply run again. */
    static final class RetryableException extends Exception {
        private final SQLException cause;

        RetryableException(SQLException cause) {
            super(LoadFailures.firstLine(cause.getMessage()), cause);
            this.cause = cause;
        }

        SQLException cause() {
            return cause;
        }
    }

    private final LoadPlan plan;
    private final LoadListener listener;
    private final SqlDialect dialect;
    private final MergeStrategy strategy;
    private final Map<String, TemporalPattern> patterns;
    private final Function<LoadPlan, Optional<StageFiller>> copyFillers;
    private final Map<Long, String> refused;
    private final LoadCounters counters = new LoadCounters();
    private final long started = System.nanoTime();
    private boolean dataSent;

    LoadRun(
            LoadPlan plan,
            LoadListener listener,
            SqlDialect dialect,
            MergeStrategy strategy,
            Map<String, TemporalPattern> patterns,
            Function<LoadPlan, Optional<StageFiller>> copyFillers,
            Map<Long, String> refused) {
        this.plan = plan;
        this.refused = refused;
        this.listener = listener;
        this.dialect = dialect;
        this.strategy = strategy;
        this.patterns = patterns;
        this.copyFillers = copyFillers;
    }

    /** Another transaction conflicted with this one; the server rolled it back, so the load may run again. */
    static final class ConflictException extends Exception {
        ConflictException(SQLException cause) {
            super(LoadFailures.firstLine(cause.getMessage()), cause);
        }
    }

    LoadReport run(Connection connection)
            throws LoadException, InterruptedException, RetryableException, ConflictException,
                    ModeApplier.MergeUnsupportedException {
        try {
            connection.setAutoCommit(false);
            return inTransaction(connection);
        } catch (SQLException e) {
            rollbackQuietly(connection);
            if (LoadFailures.isConnectionFailure(e)) {
                if (!dataSent) {
                    throw new RetryableException(e);
                }
                throw LoadFailures.connectionLost(e);
            }
            if (LoadFailures.isSerializationFailure(e) || TargetLock.lostCreateRace(e)) {
                throw new ConflictException(e);
            }
            throw new LoadException(
                    "The database refused the load: " + LoadFailures.firstLine(e.getMessage())
                            + ". Nothing was loaded.",
                    "Check the message; the SQL that ran is in the log.",
                    e);
        } catch (UncheckedIOException e) {
            rollbackQuietly(connection);
            throw new LoadException(
                    e.getMessage() + ". Nothing was loaded.", "Check the disk space and the file's permissions.", e);
        } catch (LoadException | InterruptedException | RuntimeException | ModeApplier.MergeUnsupportedException e) {
            rollbackQuietly(connection);
            if (e instanceof InterruptedException) {
                LoadLog.warn(listener, "The load was cancelled; nothing was changed.");
            }
            throw e;
        } finally {
            listener.on(new LoadEvent.PhaseChanged(LoadPhase.CLEANING_UP));
            closeQuietly(connection);
        }
    }

    private LoadReport inTransaction(Connection connection)
            throws SQLException, LoadException, InterruptedException, ModeApplier.MergeUnsupportedException {
        TargetLock.take(connection, dialect, plan, listener);
        SqlRunner sql = new SqlRunner(connection, listener);
        TargetInspector inspector =
                new TargetInspector(connection, plan.profile().connectTimeout());
        TargetPreparation.Prepared prepared = new TargetPreparation(sql, dialect, inspector).prepare(plan, patterns);
        LoadPlan ready = prepared.plan();
        TargetRowCounts tableRows = TargetRowCounts.start(sql, dialect, ready);
        checkCancelled();
        StageFiller filler = filler(ready, prepared.evolution());
        LandedRowsCheck landed = LandedRowsCheck.start(sql, dialect, ready, tableRows);
        ModeApplier modes = new ModeApplier(sql, dialect, strategy);
        RowSource rows = new RowSource(ready, prepared.patterns(), counters, refused);
        long staged;
        ModeApplier.Applied applied;
        if (ready.mode() != LoadMode.MERGE && filler.fillsTarget()) {
            modes.emptyTargetIfAsked(ready);
            listener.on(new LoadEvent.PhaseChanged(LoadPhase.LOADING)); // straight into the target: nothing is staged
            dataSent = true;
            staged = filler.fill(connection, FillTable.target(ready.target()), rows, listener);
            applied = new ModeApplier.Applied(staged, 0);
        } else {
            String stage = "__stage_"
                    + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
            sql.updateAll(dialect.createStage(stage, ready.target()));
            listener.on(new LoadEvent.PhaseChanged(LoadPhase.STAGING));
            dataSent = true;
            staged = filler.fill(connection, FillTable.stage(stage), rows, listener);
            checkCancelled();
            applied = modes.apply(ready, stage);
        }
        if (staged == 0 && counters.rowsRead.get() == 0) {
            throw LoadFailures.noRows(plan.file());
        }
        checkCancelled();
        OptionalLong holds = landed.verify(counters, staged, applied, filler);
        long after = tableRows.afterInTransaction(applied.inserted(), !plan.dryRun() || filler.writesInDryRun(), holds);
        finish(connection);
        return report(ready.target(), staged, applied, tableRows.finish(connection, applied.inserted(), after));
    }

    /** Commits, or rolls back for a dry run. */
    private void finish(Connection connection) throws SQLException {
        if (plan.dryRun()) {
            connection.rollback();
            LoadLog.info(listener, "Dry run: everything ran and was rolled back; nothing was changed.");
        } else {
            listener.on(new LoadEvent.PhaseChanged(LoadPhase.COMMITTING));
            connection.commit();
        }
    }

    private LoadReport report(
            TableName target, long staged, ModeApplier.Applied applied, TargetRowCounts.Counted tableRows) {
        long rejected = counters.rowsRejected.get();
        long read = counters.read(staged);
        LoadLog.info(
                listener,
                String.format(
                        Locale.ROOT,
                        "%s %s into %s (%,d inserted, %,d updated, %,d rejected).",
                        plan.dryRun() ? "Would load" : "Loaded",
                        Counts.of(read - rejected, "row"),
                        target,
                        applied.inserted(),
                        applied.updated(),
                        rejected));
        return new LoadReport(
                target,
                plan.mode(),
                plan.path(),
                read,
                applied.inserted(),
                applied.updated(),
                rejected,
                Duration.ofNanos(System.nanoTime() - started),
                rejected > 0 ? Optional.of(ConvertedRows.rejectsFile(plan)) : Optional.empty(),
                plan.dryRun(),
                tableRows.before(),
                tableRows.after());
    }

    private StageFiller filler(LoadPlan ready, SchemaEvolution evolution) throws LoadException {
        long size = RowSource.fileBytes(plan);
        LoadRoute route = LoadRoute.of(plan, size);
        if (plan.path() == LoadPath.AUTO && plan.profile().useS3Copy() && route != LoadRoute.COPY_FROM_STDIN) {
            LoadLog.info(
                    listener,
                    String.format(
                            Locale.ROOT,
                            "The file is %,.1f MB: loading by %s (COPY through S3 from %,d MB).",
                            size / 1e6,
                            route == LoadRoute.S3_COPY ? "COPY" : "multi-row INSERT",
                            LoadPath.AUTO_COPY_THRESHOLD_BYTES / 1_000_000));
        }
        switch (route) {
            case COPY_FROM_STDIN -> {
                return new PostgresCopyStageFiller(evolution.typesAsPlanned());
            }
            case S3_COPY, COPY_WITHOUT_STAGING -> {
                Optional<StageFiller> configured =
                        route == LoadRoute.S3_COPY ? copyFillers.apply(ready) : Optional.empty();
                if (configured.isPresent()) {
                    return configured.get();
                }
                if (plan.path() == LoadPath.COPY) {
                    throw new LoadException(
                            "COPY through S3 was asked for, but no S3 staging is available for profile "
                                    + plan.profile().name() + ". Nothing was loaded.",
                            "Add s3_creds (bucket, keys, redshift_iam_role) to the profile, or load with --insert.",
                            null);
                }
            }
            case MULTI_ROW_INSERT -> {
                // below
            }
        }
        FailingRowFinder finder =
                new FailingRowFinder(dialect, ready, evolution.stageTypes(), evolution.tableUnchanged());
        return new InsertStageFiller(dialect, finder);
    }

    private static void checkCancelled() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("The load was cancelled");
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            if (!connection.isClosed()) {
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // a broken connection cannot roll back; the server rolls back when the session ends
        }
    }

    /** Closes a connection that may be broken. */
    static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // broken connections fail to close; the server ends the session and its transaction
        }
    }
}
