package com.redshiftloader.infra.load;

import com.redshiftloader.domain.load.LoadException;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.sql.SqlDialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How the file's columns meet an existing table: columns match by name (case-insensitively, taking the table's
 * spelling), file columns the table lacks are added (one ALTER TABLE each), table columns the file lacks load as
 * NULL, and a file column whose values may not fit its table column is a conflict, reported before anything loads.
 *
 * @param columns the plan's columns, named as in the table
 * @param added the columns to add to the table
 * @param stageTypes the stage's column type per plan column, as SQL
 * @param conflicts one line per conflicting column
 * @param existed whether the table existed before the load
 */
record SchemaEvolution(
        List<ColumnSpec> columns,
        List<ColumnSpec> added,
        List<String> stageTypes,
        List<String> conflicts,
        boolean existed) {

    /** A new table: every column is created with the plan's type. */
    static SchemaEvolution forNewTable(List<ColumnSpec> columns, SqlDialect dialect) {
        List<String> types =
                columns.stream().map(c -> dialect.typeSql(c.type())).toList();
        return new SchemaEvolution(List.copyOf(columns), List.of(), types, List.of(), false);
    }

    static SchemaEvolution against(TargetInspector.ExistingTable table, List<ColumnSpec> planned, SqlDialect dialect) {
        List<ColumnSpec> columns = new ArrayList<>();
        List<ColumnSpec> added = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        for (ColumnSpec column : planned) {
            Optional<TargetColumn> existing = table.column(column.name());
            if (existing.isEmpty()) {
                columns.add(column);
                added.add(column);
                types.add(dialect.typeSql(column.type()));
                continue;
            }
            TargetColumn target = existing.get();
            columns.add(
                    new ColumnSpec(column.position(), column.source(), target.name(), column.type(), column.origin()));
            types.add(target.type());
            TableType.parse(target.type())
                    .conflict(column.type())
                    .ifPresent(problem -> conflicts.add("Column " + target.name() + " (" + target.type() + " in "
                            + table.name() + "): " + problem + "."));
        }
        return new SchemaEvolution(columns, added, types, conflicts, true);
    }

    /** Whether the target existed with every planned column before the load. */
    boolean tableUnchanged() {
        return existed && added.isEmpty();
    }

    LoadException conflictError() {
        return new LoadException(
                "The file does not fit the existing table; nothing was loaded:\n  " + String.join("\n  ", conflicts),
                "For each column: widen or change the table column (ALTER TABLE … ALTER COLUMN … TYPE …), override the"
                        + " column's type to the table's (--type column=TYPE; every value is then checked), or leave"
                        + " the column out of the load.",
                null);
    }
}
