package com.redshiftloader.ui.target;

import com.redshiftloader.domain.load.LoadChoices;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.load.LoadPlanner;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.profile.Engine;
import com.redshiftloader.domain.schema.ColumnNames;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.sql.SqlDialect;
import com.redshiftloader.domain.sql.TableName;
import com.redshiftloader.domain.sql.TableOptions;
import com.redshiftloader.domain.target.TableShape;
import com.redshiftloader.domain.target.TableSummary;
import com.redshiftloader.domain.target.TargetCatalogException;
import com.redshiftloader.ui.common.UiCounts;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javafx.beans.property.StringProperty;

/** The Target step's sentences: the chosen table's rows, the SQL that prepares it, what to do when reading fails. */
final class TargetTexts {

    private TargetTexts() {}

    /**
     * Why the step cannot go on yet, or empty.
     *
     * @param columnsPending whether the chosen table's columns are still being read (or could not be)
     * @param newTable the new table's schema and name as typed (stripped)
     */
    static String problem(
            boolean existing,
            Optional<TableSummary> selected,
            boolean columnsPending,
            String mappingProblem,
            TableName newTable) {
        if (existing) {
            if (selected.isEmpty()) {
                return "Pick a table from the list, or choose New table.";
            }
            return columnsPending ? "Reading the columns of " + selected.get().name() + "…" : mappingProblem;
        }
        if (newTable.schema().isEmpty()) {
            return "Name the schema of the new table.";
        }
        return newTable.table().isEmpty() ? "Name the new table." : "";
    }

    /** Whether the table's {@code schema.table} contains the filter's text, in any case. */
    static boolean matches(String filter, TableSummary table) {
        String wanted = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        return wanted.isEmpty()
                || table.name().toString().toLowerCase(Locale.ROOT).contains(wanted);
    }

    /** The table the profile names, else one named after the file (the step's default for a new table). */
    static TableName defaultTarget(TargetFeed feed, boolean lowerCase) {
        Path file = feed.file().orElse(Path.of("data"));
        return feed.profile()
                .map(profile -> LoadPlanner.target(profile, file, LoadChoices.none()))
                .orElseGet(() -> new TableName("public", LoadPlanner.tableNamedAfter(file, lowerCase)));
    }

    /** A table or schema name the user types is normalised as column names are ({@code Zip Codes} → zip_codes). */
    static void normaliseEdits(StringProperty name, BooleanSupplier lowerCase) {
        name.addListener((observable, before, typed) -> {
            if (typed == null || typed.isEmpty()) {
                return;
            }
            String normalised = ColumnNames.single(typed, lowerCase.getAsBoolean(), 1);
            if (!normalised.equals(typed)) {
                name.set(normalised);
            }
        });
    }

    /** What the load does to the chosen table's rows. */
    static String rows(boolean existing, TableName target, Optional<TableShape> shape, List<TableSummary> tables) {
        if (existing) {
            return shape.map(table -> existingRows(table.name(), table.rows())).orElse("");
        }
        Optional<TableSummary> taken = tables.stream()
                .filter(t -> t.name().schema().equalsIgnoreCase(target.schema())
                        && t.name().table().equalsIgnoreCase(target.table()))
                .findFirst();
        return taken.map(t -> t.name() + " already exists: the load adds to it. Choose it under Existing table to see"
                        + " how the file's columns map onto it.")
                .orElse("A new table: the load creates " + target + ".");
    }

    private static String existingRows(TableName name, OptionalLong rows) {
        if (rows.isEmpty()) {
            return name + ": its rows could not be counted (the user may not read it).";
        }
        return rows.getAsLong() == 0
                ? name + " is empty."
                : name + " has " + UiCounts.of(rows.getAsLong(), "row") + "; this load adds to them (unless the Load"
                        + " step's mode truncates or replaces the table).";
    }

    /** CREATE TABLE for a new table; the ALTER TABLE … ADD COLUMN statements the loader runs for an existing one. */
    static String sql(
            Optional<ConnectionProfile> profile,
            TableName target,
            boolean existing,
            List<ColumnSpec> columns,
            List<ColumnSpec> added) {
        SqlDialect dialect =
                profile.map(ConnectionProfile::engine).orElse(Engine.POSTGRES).dialect();
        if (!existing) {
            return columns.isEmpty() || target.table().isEmpty()
                    ? ""
                    : dialect.createTable(target, columns, TableOptions.NONE) + ";";
        }
        if (added.isEmpty()) {
            return "-- Nothing to add: every file column loaded goes to a column of " + target + ".";
        }
        return added.stream()
                .map(column -> dialect.addColumn(target, column) + ";")
                .collect(Collectors.joining("\n"));
    }

    /** The plan the fit is checked with: the columns into the target, read from the file as the load reads it. */
    static Optional<LoadPlan> plan(
            ConnectionProfile profile, TargetFeed feed, TableName target, List<ColumnSpec> columns) {
        if (feed.file().isEmpty() || feed.settings().isEmpty()) {
            return Optional.empty();
        }
        LoadChoices choices = LoadChoices.saved(
                Optional.of(target.schema()),
                Optional.of(target.table()),
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Optional.empty());
        return Optional.of(
                LoadPlanner.plan(profile, feed.file().get(), feed.settings().get(), columns, choices));
    }

    /** Why the destination could not be read, and what to do. */
    static String failure(Throwable failure) {
        String fix = failure instanceof TargetCatalogException e ? e.fix() : "Check the connection on its step.";
        return failure.getMessage() + "\nWhat to do: " + fix;
    }
}
