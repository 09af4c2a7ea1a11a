package com.redshiftloader.ui.load;

import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.sql.SqlDialect;
import com.redshiftloader.domain.sql.SqlIdentifiers;
import com.redshiftloader.domain.sql.SqlRedactor;
import com.redshiftloader.domain.sql.TableName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * "Show SQL" on the Load step: the statements a load of the plan will run, in order, with comments saying when each
 * runs. A preview, built from the same dialect methods as the loader: the table's state decides whether CREATE
 * SCHEMA, CREATE TABLE and ALTER TABLE run, the stage's name is chosen per run, and secrets are redacted.
 */
public final class LoadSqlPreview {

    /** Stands for the stage's name, which each run draws at random. */
    static final String STAGE = "__stage_…";

    private final LoadPlan plan;
    private final SqlDialect dialect;
    private final RowsPreview rows;
    private final List<String> parts = new ArrayList<>();

    private LoadSqlPreview(LoadPlan plan, long fileBytes) {
        this.plan = plan;
        this.dialect = plan.profile().engine().dialect();
        this.rows = RowsPreview.of(plan, fileBytes);
    }

    /** The preview as SQL text: statements ending in {@code ;}, explained by {@code --} comments. */
    public static String of(LoadPlan plan) {
        return of(plan, sizeOf(plan.file()));
    }

    /** The preview for a source file of {@code fileBytes} (the size decides the AUTO path). */
    static String of(LoadPlan plan, long fileBytes) {
        return new LoadSqlPreview(plan, fileBytes).build();
    }

    /** An unreadable file counts as small: the load itself will say what is wrong with it. */
    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private String build() {
        comment("The statements the load will run, in one transaction"
                + (plan.dryRun() ? ", rolled back at the end (a dry run)" : "")
                + ". A preview: the exact table state decides whether CREATE TABLE / ALTER TABLE run.");
        prepare();
        if (plan.mode() != LoadMode.MERGE && rows.fillsTarget()) {
            emptyTargetIfAsked();
            rows.fill(dialect, plan.target().sql(), false).forEach(this::add);
        } else {
            comment("A session-private stage shaped like the table, with each row's line in the file.");
            dialect.createStage(STAGE, plan.target()).forEach(this::statement);
            rows.fill(dialect, SqlIdentifiers.quote(STAGE), true).forEach(this::add);
            applyStage();
        }
        return String.join("\n", parts).strip() + "\n";
    }

    private void prepare() {
        TableName target = plan.target();
        if (plan.mode().locksTarget()) {
            comment("When " + target + " exists, it is locked first: other loads of it wait for this one.");
            statement(dialect.lockTable(target));
        }
        if (!plan.profile().skipSchemaCreation()) {
            comment("When the schema is missing:");
            statement(dialect.createSchemaIfNotExists(target.schema()));
        }
        if (plan.mode() == LoadMode.FAIL_IF_EXISTS) {
            comment("fail_if_exists: the load stops here when " + target + " exists.");
        } else {
            comment("When " + target + " is missing (when it exists, an ALTER TABLE … ADD COLUMN per new column):");
        }
        statement(dialect.createTable(target, plan.columns(), plan.tableOptions()));
    }

    private void emptyTargetIfAsked() {
        if (plan.mode() == LoadMode.TRUNCATE || plan.mode() == LoadMode.REPLACE) {
            comment(plan.mode().name().toLowerCase(java.util.Locale.ROOT)
                    + ": the old rows go first, in the same transaction (DELETE, never TRUNCATE, so a failure keeps"
                    + " them).");
            statement(dialect.deleteAll(plan.target()));
        }
    }

    private void applyStage() {
        TableName target = plan.target();
        switch (plan.mode()) {
            case APPEND, FAIL_IF_EXISTS -> statement(dialect.insertFromStage(target, STAGE, plan.columns()));
            case TRUNCATE, REPLACE -> {
                emptyTargetIfAsked();
                statement(dialect.insertFromStage(target, STAGE, plan.columns()));
            }
            case MERGE -> merge();
        }
    }

    private void merge() {
        TableName target = plan.target();
        String deduplicated = STAGE + "_dedup";
        List<String> keys = plan.mergeKeys();
        comment("merge on " + String.join(", ", keys) + ": the last row of each key in the file wins.");
        statement(dialect.createDeduplicatedStage(deduplicated, STAGE, plan.columns(), keys));
        statement(dialect.merge(target, deduplicated, plan.columns(), keys));
        comment("Where the server has no MERGE, instead:");
        dialect.deleteThenInsert(target, deduplicated, plan.columns(), keys).forEach(this::statement);
    }

    private void add(RowsPreview.Step step) {
        comment(step.comment());
        step.sql().ifPresent(this::statement);
    }

    private void comment(String text) {
        if (!parts.isEmpty()) {
            parts.add("");
        }
        parts.add("-- " + text);
    }

    private void statement(String sql) {
        parts.add(SqlRedactor.redact(sql) + ";");
    }
}
