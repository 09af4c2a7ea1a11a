package com.redshiftloader.ui.target;

import com.redshiftloader.domain.load.LoadChoices;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.load.LoadPlanner;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.sql.SqlDialect;
import com.redshiftloader.domain.sql.TableName;
import com.redshiftloader.domain.sql.TableOptions;
import com.redshiftloader.domain.target.TableShape;
import com.redshiftloader.domain.target.TableSummary;
import com.redshiftloader.domain.target.TargetCatalogException;
import com.redshiftloader.ui.common.UiCounts;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/** The Target step's sentences: the chosen table's rows, the SQL that prepares it, what to do when reading fails. */
final class TargetTexts {

    private TargetTexts() {}

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
            SqlDialect dialect, TableName target, boolean existing, List<ColumnSpec> columns, List<ColumnSpec> added) {
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
