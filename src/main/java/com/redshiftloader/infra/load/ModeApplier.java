package com.redshiftloader.infra.load;

import static com.redshiftloader.domain.sql.SqlIdentifiers.quote;

import com.redshiftloader.domain.load.LoadEvent;
import com.redshiftloader.domain.load.LoadException;
import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoadPhase;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.sql.SqlDialect;
import com.redshiftloader.domain.text.Counts;
import com.redshiftloader.infra.load.stage.SqlRunner;
import java.sql.SQLException;
import java.util.List;

/**
 * Applies the load mode: empties the target for truncate and replace, or moves a filled stage into the target, inside
 * the load's transaction. Tables are emptied with DELETE, never TRUNCATE (which commits on Redshift), so a failure
 * leaves the old rows. For merge, replace and truncate the target is already locked ({@link TargetLock}), so what the
 * mode reads is what no other load changes until this one commits.
 */
final class ModeApplier {

    /** Rows the mode put into the target. */
    record Applied(long inserted, long updated) {}

    /** The server does not know MERGE: the load is run again with {@link MergeStrategy#DELETE_INSERT}. */
    static final class MergeUnsupportedException extends Exception {
        MergeUnsupportedException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private final SqlRunner sql;
    private final SqlDialect dialect;
    private final MergeStrategy strategy;

    ModeApplier(SqlRunner sql, SqlDialect dialect, MergeStrategy strategy) {
        this.sql = sql;
        this.dialect = dialect;
        this.strategy = strategy;
    }

    /** Empties the target first for truncate and replace when the rows go straight into it. */
    void emptyTargetIfAsked(LoadPlan plan) throws SQLException {
        if (plan.mode() == LoadMode.TRUNCATE || plan.mode() == LoadMode.REPLACE) {
            sql.update(dialect.deleteAll(plan.target()));
        }
    }

    Applied apply(LoadPlan plan, String stage) throws SQLException, LoadException, MergeUnsupportedException {
        return switch (plan.mode()) {
            case APPEND, FAIL_IF_EXISTS -> new Applied(insert(plan, stage), 0);
            case TRUNCATE, REPLACE -> {
                sql.update(dialect.deleteAll(plan.target()));
                yield new Applied(insert(plan, stage), 0);
            }
            case MERGE -> merge(plan, stage);
        };
    }

    private long insert(LoadPlan plan, String stage) throws SQLException {
        return sql.update(dialect.insertFromStage(plan.target(), stage, plan.columns()));
    }

    private Applied merge(LoadPlan plan, String stage) throws SQLException, LoadException, MergeUnsupportedException {
        sql.listener().on(new LoadEvent.PhaseChanged(LoadPhase.MERGING));
        List<String> keys = plan.mergeKeys();
        long nullKeys = sql.count(dialect.countNullKeys(stage, keys));
        if (nullKeys > 0) {
            throw new LoadException(
                    Counts.of(nullKeys, "row") + (nullKeys == 1 ? " has" : " have") + " a NULL in a merge key ("
                            + String.join(", ", keys) + "); "
                            + "they would never match and would pile up as duplicates. Nothing was loaded.",
                    "Fill in the key values, choose other key columns, or load with --mode append.",
                    null);
        }
        String deduplicated = stage + "_dedup";
        sql.update(dialect.createDeduplicatedStage(deduplicated, stage, plan.columns(), keys));
        long rows = sql.count(dialect.countRows(quote(deduplicated)));
        long updated = sql.count(dialect.countMatches(plan.target(), deduplicated, keys));
        if (strategy == MergeStrategy.DELETE_INSERT) {
            sql.updateAll(dialect.deleteThenInsert(plan.target(), deduplicated, plan.columns(), keys));
        } else {
            try {
                sql.update(dialect.merge(plan.target(), deduplicated, plan.columns(), keys));
            } catch (SQLException e) {
                if ("42601".equals(e.getSQLState()) || "0A000".equals(e.getSQLState())) {
                    throw new MergeUnsupportedException(e);
                }
                throw e;
            }
        }
        return new Applied(rows - updated, updated);
    }
}
