package com.redshiftloader.infra.load;

import com.redshiftloader.domain.load.LoadListener;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.sql.SqlDialect;
import com.redshiftloader.domain.sql.TableName;
import com.redshiftloader.infra.load.stage.LoadLog;
import com.redshiftloader.infra.load.target.TargetInspector;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The table lock of a load whose mode reads or empties the target (merge, replace, truncate): two such loads of one
 * table run one after the other instead of both merging against the same old rows (duplicate keys) or both deleting
 * before either inserted (both files' rows). The lock is the transaction's first statement, because Redshift fixes a
 * transaction's snapshot at its first read: a lock taken later would wait for the other load and then still read the
 * rows from before it (a serializable isolation error). A load that has to wait says so.
 */
final class TargetLock {

    /** How long the lock may take before the load says it is waiting. */
    static final Duration NOTICE_AFTER = Duration.ofMillis(500);

    private static final String UNDEFINED_TABLE = "42P01";
    private static final String UNDEFINED_SCHEMA = "3F000";

    private TargetLock() {}

    /**
     * Locks the plan's target when its mode needs it; call first in the load's transaction. A target that does not
     * exist yet is not locked: the load creates it, and nobody else sees it before the commit.
     */
    static void take(Connection connection, SqlDialect dialect, LoadPlan plan, LoadListener listener)
            throws SQLException, InterruptedException {
        if (!plan.mode().locksTarget()) {
            return;
        }
        try {
            lock(connection, dialect, plan.target(), listener);
        } catch (SQLException e) {
            if (!UNDEFINED_TABLE.equals(e.getSQLState()) && !UNDEFINED_SCHEMA.equals(e.getSQLState())) {
                throw e;
            }
            // nothing ran before the lock, so rolling back loses nothing; the catalog may spell the name otherwise
            connection.rollback();
            Optional<TargetInspector.ExistingTable> existing =
                    new TargetInspector(connection, plan.profile().connectTimeout()).table(plan.target());
            if (existing.isPresent()) {
                lock(connection, dialect, existing.get().name(), listener);
            }
        }
    }

    /**
     * Whether the statement failed because another transaction created the same table or schema at the same time
     * (PostgreSQL reports it as a duplicate key in its catalog): running the load again finds it and locks it.
     */
    static boolean lostCreateRace(SQLException e) {
        String state = String.valueOf(e.getSQLState());
        return state.equals("42P07")
                || state.equals("42P06")
                || (state.equals("23505") && String.valueOf(e.getMessage()).contains("\"pg_"));
    }

    private static void lock(Connection connection, SqlDialect dialect, TableName table, LoadListener listener)
            throws SQLException, InterruptedException {
        String sql = dialect.lockTable(table);
        LoadLog.sql(listener, sql);
        try (Statement statement = connection.createStatement()) {
            FutureTask<Boolean> locking = new FutureTask<>(() -> statement.execute(sql));
            // the statement runs on its own thread so that this one can say the load waits, and cancel it
            Thread.ofVirtual().name("lock " + table).start(locking);
            long started = System.nanoTime();
            if (!await(locking, statement, Optional.of(NOTICE_AFTER))) {
                LoadLog.warn(
                        listener,
                        "Waiting for another load of " + table + " to finish: another transaction holds the table."
                                + " This load goes on when it ends (cancel to stop waiting).");
                await(locking, statement, Optional.empty());
                LoadLog.info(
                        listener,
                        String.format(
                                Locale.ROOT,
                                "%s is free after %.1f s; loading.",
                                table,
                                (System.nanoTime() - started) / 1e9));
            }
        }
    }

    /** Whether the lock was taken within the timeout (forever when empty); cancelling the wait cancels the LOCK. */
    private static boolean await(FutureTask<Boolean> locking, Statement statement, Optional<Duration> timeout)
            throws SQLException, InterruptedException {
        try {
            if (timeout.isPresent()) {
                locking.get(timeout.get().toMillis(), TimeUnit.MILLISECONDS);
            } else {
                locking.get();
            }
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            statement.cancel();
            awaitCancelled(locking);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new IllegalStateException("Locking the table failed", e.getCause());
        }
    }

    /** The LOCK ends soon after its cancel; the connection must be free again before the rollback. */
    private static void awaitCancelled(FutureTask<Boolean> locking) {
        try {
            locking.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException ignored) {
            // cancelled as asked, or the lock came first; either way the caller rolls back
        } catch (InterruptedException again) {
            Thread.currentThread().interrupt();
        }
    }
}
