package com.redshiftloader.infra.load;

import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.load.LoadReport;
import com.redshiftloader.domain.sql.SqlDialect;
import com.redshiftloader.infra.load.stage.LoadLog;
import com.redshiftloader.infra.load.stage.SqlRunner;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.OptionalLong;

/**
 * The target's rows before and after a load, for its report. A load that holds the table locked (merge, replace,
 * truncate) or must create it (fail_if_exists) counts them in its transaction, so they differ by exactly what it did.
 * An append takes no lock, and on Redshift a read of the table in its transaction would make two appends of one table
 * at the same time conflict (a serializable isolation error): it counts the table once, after its commit (a dry run,
 * after its rollback), and works out the other count from the rows it inserted. A count that cannot be read then is
 * {@link LoadReport#UNKNOWN_ROWS} rather than a failure of a load that has committed.
 */
final class TargetRowCounts {

    /** Before and after. */
    record Counted(long before, long after) {}

    private final SqlRunner sql;
    private final SqlDialect dialect;
    private final LoadPlan plan;
    private final long before;

    private TargetRowCounts(SqlRunner sql, SqlDialect dialect, LoadPlan plan, long before) {
        this.sql = sql;
        this.dialect = dialect;
        this.plan = plan;
        this.before = before;
    }

    /** Call once the target exists and before any row is written. */
    static TargetRowCounts start(SqlRunner sql, SqlDialect dialect, LoadPlan plan) throws SQLException {
        long before = countsAfterCommit(plan) ? LoadReport.UNKNOWN_ROWS : sql.count(count(dialect, plan));
        return new TargetRowCounts(sql, dialect, plan, before);
    }

    /** The rows before the load, for the modes that count in the transaction; else {@link LoadReport#UNKNOWN_ROWS}. */
    long before() {
        return before;
    }

    /**
     * Call before the commit. For the modes that count in the transaction: the rows at the end (for a dry run whose
     * filler wrote nothing, what they would be).
     *
     * @param counted the table's rows at the end when the landed-rows check has just read them
     */
    long afterInTransaction(long inserted, boolean wroteRows, OptionalLong counted) throws SQLException {
        if (countsAfterCommit(plan)) {
            return LoadReport.UNKNOWN_ROWS;
        }
        if (wroteRows) {
            return counted.isPresent() ? counted.getAsLong() : sql.count(count(dialect, plan));
        }
        return plan.mode() == LoadMode.MERGE ? before + inserted : inserted;
    }

    /** Call after the commit or the rollback: both counts. */
    Counted finish(Connection connection, long inserted, long afterInTransaction) {
        if (!countsAfterCommit(plan)) {
            return new Counted(before, afterInTransaction);
        }
        try {
            long now = sql.count(count(dialect, plan));
            connection.rollback(); // the count's own transaction, which only read
            return plan.dryRun() ? new Counted(now, now + inserted) : new Counted(Math.max(0, now - inserted), now);
        } catch (SQLException e) {
            LoadLog.debug(sql.listener(), "The table's rows could not be counted after the load: " + e.getMessage());
            return new Counted(LoadReport.UNKNOWN_ROWS, LoadReport.UNKNOWN_ROWS);
        }
    }

    private static boolean countsAfterCommit(LoadPlan plan) {
        return plan.mode() == LoadMode.APPEND;
    }

    private static String count(SqlDialect dialect, LoadPlan plan) {
        return dialect.countRows(plan.target().sql());
    }
}
