package com.redshiftloader.ui.target;

import com.redshiftloader.domain.schema.ColumnSpec;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * A row of the mapping grid: a file column and the table column it goes to (editable), or a table column the file
 * lacks, which loads as NULL or its default.
 */
public final class MappingRow {

    /** The choice that leaves the file column out of the load. */
    public static final String SKIP = "(skip)";

    /** The choice that adds the file column to the table under its own name. */
    public static final String ADD = "(new column)";

    private final Optional<ColumnSpec> column;
    private final String tableColumn;
    private final ObjectProperty<String> target = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper tableType = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    private MappingRow(Optional<ColumnSpec> column, String tableColumn) {
        this.column = column;
        this.tableColumn = tableColumn;
    }

    /** A file column, going to {@code target} (a table column, {@link #SKIP} or {@link #ADD}). */
    static MappingRow fileColumn(ColumnSpec column, String target) {
        MappingRow row = new MappingRow(Optional.of(column), "");
        row.target.set(target);
        return row;
    }

    /** A table column no file column goes to. */
    static MappingRow tableOnly(String tableColumn, String type) {
        MappingRow row = new MappingRow(Optional.empty(), tableColumn);
        row.target.set(tableColumn);
        row.tableType.set(type);
        row.status.set("NULL / default: not in the file");
        return row;
    }

    /** The file column, or empty for a table column the file lacks. */
    public Optional<ColumnSpec> column() {
        return column;
    }

    /** The file column's name as the Columns step names it, or empty for a table column the file lacks. */
    public String source() {
        return column.map(ColumnSpec::name).orElse("");
    }

    /** The file column's type, as the Columns step chose it. */
    public String fileType() {
        return column.map(c -> c.type().sql()).orElse("");
    }

    public boolean isFileColumn() {
        return column.isPresent();
    }

    /** The table column the file column goes to, {@link #SKIP} or {@link #ADD}. */
    public ObjectProperty<String> targetProperty() {
        return target;
    }

    /** The table column's type, or empty for a column the load adds. */
    public ReadOnlyStringProperty tableTypeProperty() {
        return tableType.getReadOnlyProperty();
    }

    /** What the load does with the column: matched, will be added, skipped, NULL / default, or why it does not fit. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The table column this row names, for a table column the file lacks. */
    String tableColumn() {
        return tableColumn;
    }

    void show(String type, String text) {
        tableType.set(type);
        status.set(text);
    }
}
