package com.redshiftloader.infra.load;

import com.redshiftloader.domain.load.LoadException;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.RedshiftType;
import com.redshiftloader.domain.schema.ScalarType;
import com.redshiftloader.domain.sql.SqlDialect;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    static SchemaEvolution against(TargetInspector.ExistingTable table, LoadPlan plan, SqlDialect dialect)
            throws LoadException {
        List<ColumnSpec> planned = plan.columns();
        Map<Integer, Integer> narrower = new HashMap<>();
        for (ColumnSpec column : planned) {
            table.column(column.name())
                    .flatMap(target -> TableType.parse(target.type()).narrowerText(column.type()))
                    .ifPresent(size -> narrower.put(column.position(), size));
        }
        Map<Integer, LongestValues.Longest> longest =
                narrower.isEmpty() ? Map.of() : LongestValues.measure(plan, narrower.keySet());
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
            String where = "Column " + target.name() + " (" + target.type() + " in " + table.name() + "): ";
            Integer size = narrower.get(column.position());
            if (size != null) {
                LongestValues.Longest value = longest.get(column.position());
                if (value.bytes() > size) {
                    conflicts.add(where + "the longest value, on line " + value.line() + ", is " + value.bytes()
                            + " bytes, longer than the column holds.");
                }
                // every value fits: check them against the table's size, not the inferred one
                RedshiftType fits = new RedshiftType.Varchar(size);
                columns.add(new ColumnSpec(column.position(), column.source(), target.name(), fits, column.origin()));
                types.add(target.type());
                continue;
            }
            TableType tableType = TableType.parse(target.type());
            // a text column keeps the file's text, not the text of a converted number or timestamp
            RedshiftType type =
                    tableType.kind() == TableType.Kind.TEXT && TableType.kindOf(column.type()) != TableType.Kind.TEXT
                            ? new RedshiftType.Varchar(Math.min(tableType.size(), RedshiftType.MAX_VARCHAR_BYTES))
                            : column.type();
            columns.add(new ColumnSpec(column.position(), column.source(), target.name(), type, column.origin()));
            types.add(target.type());
            TableType.parse(target.type())
                    .conflict(column.type())
                    .ifPresent(problem -> conflicts.add(where + problem + "."));
        }
        return new SchemaEvolution(columns, added, types, conflicts, true);
    }

    /**
     * Whether every table column the file fills has the type family of its plan column (and TIMESTAMPTZ stays
     * TIMESTAMPTZ): a value the converter turns into a timestamp or a number and the table keeps as text reads
     * differently when the file's values go to COPY as the file writes them.
     */
    boolean typesAsPlanned() {
        for (int i = 0; i < columns.size(); i++) {
            ColumnSpec column = columns.get(i);
            if (!existed || added.contains(column)) {
                continue;
            }
            String tableType = stageTypes.get(i).toLowerCase(Locale.ROOT);
            TableType.Kind kind = TableType.parse(tableType).kind();
            boolean zoned = tableType.contains("with time zone") || tableType.equals("timestamptz");
            if (kind != TableType.kindOf(column.type()) || zoned != (column.type() == ScalarType.TIMESTAMPTZ)) {
                return false;
            }
        }
        return true;
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
