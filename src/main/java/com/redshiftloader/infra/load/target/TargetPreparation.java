package com.redshiftloader.infra.load.target;

import com.redshiftloader.domain.load.LoadException;
import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.types.TemporalPattern;
import com.redshiftloader.domain.sql.SqlDialect;
import com.redshiftloader.domain.sql.TableName;
import com.redshiftloader.infra.load.stage.LoadLog;
import com.redshiftloader.infra.load.stage.SqlRunner;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The PREPARING phase: checks the target, creates the schema and the table when they are missing, adds the file's
 * new columns, and reports conflicts before any row is sent.
 */
public final class TargetPreparation {

    /**
     * @param plan the plan with the target and its columns spelled as in the database
     * @param evolution how the file's columns meet the table
     * @param patterns the date or timestamp layouts, keyed by the plan's column names as spelled in the database
     */
    public record Prepared(LoadPlan plan, SchemaEvolution evolution, Map<String, TemporalPattern> patterns) {

        public Prepared {
            patterns = Map.copyOf(patterns);
        }
    }

    private final SqlRunner sql;
    private final SqlDialect dialect;
    private final TargetInspector inspector;

    public TargetPreparation(SqlRunner sql, SqlDialect dialect, TargetInspector inspector) {
        this.sql = sql;
        this.dialect = dialect;
        this.inspector = inspector;
    }

    /** @param patterns the date or timestamp layout per plan column name (the others are ISO 8601) */
    public Prepared prepare(LoadPlan plan, Map<String, TemporalPattern> patterns) throws SQLException, LoadException {
        TableName target = plan.target();
        if (!plan.profile().skipSchemaCreation() && !inspector.schemaExists(target.schema())) {
            sql.update(dialect.createSchemaIfNotExists(target.schema()));
        }
        Optional<TargetInspector.ExistingTable> existing = inspector.table(target);
        if (existing.isEmpty()) {
            sql.update(dialect.createTable(target, plan.columns(), plan.tableOptions()));
            LoadLog.info(
                    sql.listener(),
                    "Created " + target + " with " + plan.columns().size() + " columns.");
            return new Prepared(plan, SchemaEvolution.forNewTable(plan.columns(), dialect), patterns);
        }
        if (plan.mode() == LoadMode.FAIL_IF_EXISTS) {
            throw new LoadException(
                    "The table " + existing.get().name()
                            + " exists, and the mode is fail_if_exists. Nothing was loaded.",
                    "Choose another table name, or another mode (append, truncate, replace, merge).",
                    null);
        }
        SchemaEvolution evolution = SchemaEvolution.against(existing.get(), plan, patterns, dialect);
        if (!evolution.conflicts().isEmpty()) {
            throw evolution.conflictError();
        }
        TableName actual = existing.get().name();
        for (ColumnSpec added : evolution.added()) {
            sql.update(dialect.addColumn(actual, added));
        }
        if (!evolution.added().isEmpty()) {
            LoadLog.info(sql.listener(), "Added " + evolution.added().size() + " new column(s) to " + actual + ".");
        }
        List<String> missing = existing.get().columns().stream()
                .map(TargetColumn::name)
                .filter(name ->
                        evolution.columns().stream().noneMatch(c -> c.name().equals(name)))
                .toList();
        if (!missing.isEmpty()) {
            LoadLog.info(sql.listener(), "Not in the file, loaded as NULL: " + String.join(", ", missing) + ".");
        }
        return new Prepared(respell(plan, actual, evolution), evolution, respell(patterns, plan, evolution));
    }

    /** The layouts under the names the columns load with: a layout follows its column when it takes the table's spelling. */
    private static Map<String, TemporalPattern> respell(
            Map<String, TemporalPattern> patterns, LoadPlan plan, SchemaEvolution evolution) {
        Map<Integer, String> loadedNames = new HashMap<>();
        evolution.columns().forEach(column -> loadedNames.put(column.position(), column.name()));
        Map<String, TemporalPattern> respelled = new HashMap<>();
        for (ColumnSpec column : plan.columns()) {
            TemporalPattern pattern = patterns.get(column.name());
            if (pattern != null) {
                respelled.put(loadedNames.getOrDefault(column.position(), column.name()), pattern);
            }
        }
        return respelled;
    }

    private static LoadPlan respell(LoadPlan plan, TableName actual, SchemaEvolution evolution) {
        List<String> keys = new ArrayList<>();
        for (String key : plan.mergeKeys()) {
            keys.add(evolution.columns().stream()
                    .filter(c -> c.name().equalsIgnoreCase(key))
                    .map(ColumnSpec::name)
                    .findFirst()
                    .orElse(key));
        }
        return new LoadPlan(
                plan.profile(),
                plan.file(),
                plan.settings(),
                evolution.columns(),
                actual,
                plan.mode(),
                keys,
                plan.path(),
                plan.maxErrors(),
                plan.rejectsFile(),
                plan.dryRun(),
                plan.tableOptions());
    }
}
