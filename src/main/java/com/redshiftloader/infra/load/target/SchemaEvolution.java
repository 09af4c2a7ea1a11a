package com.redshiftloader.infra.load.target;

import com.redshiftloader.domain.load.LoadException;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.types.InvalidTypeException;
import com.redshiftloader.domain.schema.types.RedshiftType;
import com.redshiftloader.domain.schema.types.RedshiftTypeParser;
import com.redshiftloader.domain.schema.types.ScalarType;
import com.redshiftloader.domain.schema.types.TemporalPattern;
import com.redshiftloader.domain.sql.SqlDialect;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How the file's columns meet an existing table: columns match by name (case-insensitively, taking the table's
 * spelling), file columns the table lacks are added (one ALTER TABLE each), table columns the file lacks load as
 * NULL, and a file column whose values may not all fit its table column is loaded with each value checked against
 * the table's type (a value that does not fit is a bad row); only a column that holds none of them is a conflict,
 * reported before anything loads.
 *
 * @param columns the plan's columns, named as in the table
 * @param added the columns to add to the table
 * @param stageTypes the stage's column type per plan column, as SQL
 * @param checked the source positions of the columns whose values are checked one by one against the table's type
 * @param conflictsByPosition one line per conflicting column, by its source position, in plan order
 * @param existed whether the table existed before the load
 */
public record SchemaEvolution(
        List<ColumnSpec> columns,
        List<ColumnSpec> added,
        List<String> stageTypes,
        Set<Integer> checked,
        Map<Integer, String> conflictsByPosition,
        boolean existed) {

    public SchemaEvolution {
        checked = Set.copyOf(checked);
        conflictsByPosition = Collections.unmodifiableMap(new LinkedHashMap<>(conflictsByPosition));
    }

    /** A new table: every column is created with the plan's type. */
    static SchemaEvolution forNewTable(List<ColumnSpec> columns, SqlDialect dialect) {
        List<String> types =
                columns.stream().map(c -> dialect.typeSql(c.type())).toList();
        return new SchemaEvolution(List.copyOf(columns), List.of(), types, Set.of(), Map.of(), false);
    }

    /**
     * @param patterns the date or timestamp layout per plan column name (the others are ISO 8601): a checked column's
     *     values are read in it, as the load reads them
     */
    static SchemaEvolution against(
            TargetInspector.ExistingTable table,
            LoadPlan plan,
            Map<String, TemporalPattern> patterns,
            SqlDialect dialect)
            throws LoadException {
        List<ColumnSpec> columns = new ArrayList<>();
        List<ColumnSpec> added = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<ColumnSpec> checked = new ArrayList<>();
        Map<Integer, TemporalPattern> checkedPatterns = new HashMap<>();
        for (ColumnSpec column : plan.columns()) {
            Optional<TargetColumn> existing = table.column(column.name());
            if (existing.isEmpty()) {
                columns.add(column);
                added.add(column);
                types.add(dialect.typeSql(column.type()));
                continue;
            }
            TargetColumn target = existing.get();
            ColumnSpec loaded = new ColumnSpec(
                    column.position(), column.source(), target.name(), loadedType(column, target), column.origin());
            if (!loaded.type().equals(column.type()) && !isTextOfTheFile(column, target)) {
                checked.add(loaded);
                Optional.ofNullable(patterns.get(column.name()))
                        .ifPresent(pattern -> checkedPatterns.put(column.position(), pattern));
            }
            columns.add(loaded);
            types.add(target.type());
        }
        Map<Integer, ExistingColumnFit.Misfit> nothingFits =
                checked.isEmpty() ? Map.of() : ExistingColumnFit.nothingFits(plan, checked, checkedPatterns);
        Map<Integer, String> conflicts = new LinkedHashMap<>();
        for (ColumnSpec column : checked) {
            ExistingColumnFit.Misfit misfit = nothingFits.get(column.position());
            if (misfit != null) {
                conflicts.put(
                        column.position(),
                        "Column '" + column.name() + "' (" + column.type().sql() + " in " + table.name()
                                + "): none of the values of " + plan.file().getFileName() + " fits; the first, on line "
                                + String.format(Locale.ROOT, "%,d", misfit.line()) + ", is '" + misfit.value() + "': "
                                + misfit.reason() + ".");
            }
        }
        Set<Integer> positions = new HashSet<>();
        checked.forEach(column -> positions.add(column.position()));
        return new SchemaEvolution(columns, added, types, positions, conflicts, true);
    }

    /** One line per conflicting column, in plan order. */
    public List<String> conflicts() {
        return List.copyOf(conflictsByPosition.values());
    }

    /**
     * The type the file's values are checked against. Where every value of the inferred type fits the table's
     * column, the inferred type (a text column keeps the file's text, not the text of a converted number or
     * timestamp); else the table's own type, so that each value is checked as the column will hold it and a value
     * that does not fit is a bad row with its line, not a refusal of the whole file.
     */
    private static RedshiftType loadedType(ColumnSpec column, TargetColumn target) {
        TableType tableType = TableType.parse(target.type());
        if (tableType.kind() == TableType.Kind.TEXT) {
            RedshiftType text = new RedshiftType.Varchar(Math.min(tableType.size(), RedshiftType.MAX_VARCHAR_BYTES));
            return TableType.kindOf(column.type()) != TableType.Kind.TEXT
                            || tableType.conflict(column.type()).isPresent()
                    ? text
                    : column.type();
        }
        if (tableType.conflict(column.type()).isEmpty()) {
            return column.type();
        }
        try {
            return RedshiftTypeParser.parse(target.type());
        } catch (InvalidTypeException e) {
            return column.type(); // not a type the loader converts to: the server checks the values
        }
    }

    /** A number or timestamp column of the file loaded into a text column: its text as written, nothing to check. */
    private static boolean isTextOfTheFile(ColumnSpec column, TargetColumn target) {
        return TableType.parse(target.type()).kind() == TableType.Kind.TEXT
                && TableType.kindOf(column.type()) != TableType.Kind.TEXT;
    }

    /**
     * Whether every table column the file fills has the type family of its plan column (and TIMESTAMPTZ stays
     * TIMESTAMPTZ): a value the converter turns into a timestamp or a number and the table keeps as text reads
     * differently when the file's values go to COPY as the file writes them.
     */
    public boolean typesAsPlanned() {
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
    public boolean tableUnchanged() {
        return existed && added.isEmpty();
    }

    LoadException conflictError() {
        return new LoadException(
                "The file does not fit the existing table; nothing was loaded:\n  " + String.join("\n  ", conflicts()),
                "For each column: widen or change the table column (ALTER TABLE … ALTER COLUMN … TYPE …), override the"
                        + " column's type to the table's (--type column=TYPE; every value is then checked), or leave"
                        + " the column out of the load.",
                null);
    }
}
