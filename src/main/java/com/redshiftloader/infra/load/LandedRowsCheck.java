package com.redshiftloader.infra.load;

import com.redshiftloader.domain.load.LoadException;
import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.sql.SqlDialect;
import com.redshiftloader.infra.load.stage.LoadCounters;
import com.redshiftloader.infra.load.stage.SqlRunner;
import com.redshiftloader.infra.load.stage.StageFiller;
import java.sql.SQLException;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The last check before commit: what the database took must be what the load counted. The load counts the rows it
 * read and did not reject; the database's counts are those of the statements that wrote the rows (COPY, with
 * {@code pg_last_copy_count()} after a COPY from S3, or INSERT) and, for the modes that hold the table locked, the
 * table's own row count. A trigger or rule that drops rows, or a COPY that read only some of the staged files, would
 * otherwise end in a success that reports rows that are not there; instead the load is rolled back.
 *
 * <p>An appended table is not counted: other loads may append to it at the same time (a count would include their
 * rows, and on Redshift reading the table would make concurrent appends conflict).
 */
final class LandedRowsCheck {

    private final SqlRunner sql;
    private final SqlDialect dialect;
    private final LoadPlan plan;
    private final long before;

    private LandedRowsCheck(SqlRunner sql, SqlDialect dialect, LoadPlan plan, long before) {
        this.sql = sql;
        this.dialect = dialect;
        this.plan = plan;
        this.before = before;
    }

    /**
     * Call once the target exists and before any row is written.
     *
     * @param tableRows the table's rows counted then (a merge's target is locked: they are), read from there rather
     *     than counted twice
     */
    static LandedRowsCheck start(SqlRunner sql, SqlDialect dialect, LoadPlan plan, TargetRowCounts tableRows) {
        long before = plan.mode() == LoadMode.MERGE ? tableRows.before() : 0;
        return new LandedRowsCheck(sql, dialect, plan, before);
    }

    /**
     * @param counters the rows the load read and rejected
     * @param staged the rows the filler's statements wrote, as the database counted them
     * @param applied what the mode did with them
     * @param filler the filler that wrote them
     * @return the table's rows as the check read them (the modes that hold the table locked), for the report
     * @throws LoadException when the database holds other rows than the load counted
     */
    OptionalLong verify(LoadCounters counters, long staged, ModeApplier.Applied applied, StageFiller filler)
            throws SQLException, LoadException {
        long counted = counters.read(staged) - counters.rowsRejected.get();
        if (plan.dryRun() && !filler.writesInDryRun()) {
            return OptionalLong.empty();
        }
        if (staged != counted) {
            throw mismatch("the database received", staged, counted);
        }
        return switch (plan.mode()) {
            case APPEND -> {
                if (applied.inserted() != counted) {
                    throw mismatch("the table gained", applied.inserted(), counted);
                }
                yield OptionalLong.empty();
            }
            case FAIL_IF_EXISTS, REPLACE, TRUNCATE -> {
                long holds = rows();
                if (holds != counted) {
                    throw mismatch("the table holds", holds, counted);
                }
                yield OptionalLong.of(holds);
            }
            case MERGE -> {
                long holds = rows();
                if (holds - before != applied.inserted()) {
                    throw mismatch("the merge added", holds - before, applied.inserted(), "new keys");
                }
                yield OptionalLong.of(holds);
            }
        };
    }

    private long rows() throws SQLException {
        return sql.count(dialect.countRows(plan.target().sql()));
    }

    private LoadException mismatch(String landed, long rows, long counted) {
        return mismatch(landed, rows, counted, "rows");
    }

    private LoadException mismatch(String landed, long rows, long counted, String what) {
        return new LoadException(
                String.format(
                        Locale.ROOT,
                        "%s: %s %,d rows, but the load counted %,d %s in %s. Nothing was changed: the load was rolled"
                                + " back.",
                        plan.target(),
                        landed,
                        rows,
                        counted,
                        what,
                        plan.file().getFileName()),
                "Something between the load and the table dropped or added rows (a trigger or a rule on the table,"
                        + " or a COPY that read only some of the staged files): check the table's triggers and rules,"
                        + " then load again.",
                null);
    }
}
