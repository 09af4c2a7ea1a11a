package com.redshiftloader.ui.target;

import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.types.TemporalPattern;
import com.redshiftloader.domain.target.ColumnFit;
import com.redshiftloader.domain.target.TableShape;
import com.redshiftloader.domain.target.TargetCatalog;
import com.redshiftloader.ui.task.BackgroundTasks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The file's columns mapped onto an existing table: each goes to the table column of its name (ignoring case), to
 * another chosen from the table's columns, to a new column the load adds, or is skipped; the table's other columns
 * load as NULL or their default. Each pair's fit is checked in the background by the loader's own check.
 */
public final class ColumnMappingViewModel {

    private final TargetCatalog catalog;
    private final BackgroundTasks tasks;
    private final Function<List<ColumnSpec>, Optional<LoadPlan>> plans;
    private final Supplier<Map<String, TemporalPattern>> layouts;
    private final ObservableList<MappingRow> rows =
            FXCollections.observableArrayList(row -> new Observable[] {row.targetProperty()});
    private final ObservableList<String> choices = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(false);
    private Optional<TableShape> table = Optional.empty();
    private Optional<List<ColumnFit>> fits = Optional.empty();
    private String fitFailure = "";
    private boolean rebuilding;
    private BackgroundTasks.Running check;
    private int generation;

    /**
     * @param plans the load plan for the mapped columns into the chosen table, or empty when there is none yet
     * @param layouts the Columns step's date and time layouts, by its column names
     */
    public ColumnMappingViewModel(
            TargetCatalog catalog,
            BackgroundTasks tasks,
            Function<List<ColumnSpec>, Optional<LoadPlan>> plans,
            Supplier<Map<String, TemporalPattern>> layouts) {
        this.catalog = catalog;
        this.tasks = tasks;
        this.plans = plans;
        this.layouts = layouts;
        rows.addListener((ListChangeListener<MappingRow>) change -> {
            if (!rebuilding) {
                changed();
            }
        });
    }

    /** The file's columns, then the table's columns the file lacks. */
    public ObservableList<MappingRow> rows() {
        return rows;
    }

    /** What a file column may go to: the table's columns, {@link MappingRow#ADD} and {@link MappingRow#SKIP}. */
    public ObservableList<String> choices() {
        return choices;
    }

    /** Why the mapping cannot load yet, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    /** The table mapped onto, when there is one. */
    public Optional<TableShape> table() {
        return table;
    }

    /**
     * Maps {@code columns} onto {@code shape}: by name, ignoring case, else as a new column; a file column the user
     * mapped before onto the same table keeps its choice. Then checks the fit.
     */
    public void map(List<ColumnSpec> columns, TableShape shape) {
        Map<String, String> before = new HashMap<>();
        if (table.map(t -> t.name().equals(shape.name())).orElse(false)) {
            // Only the user's own choices (not what matching by name gave), keyed by the file's own name: a column
            // renamed on the Columns step keeps the choice made for it, is matched again by its new name otherwise,
            // and never takes over the choice of the column whose old name it now has.
            for (MappingRow row : fileRows()) {
                String target = row.targetProperty().get();
                if (target != null && !target.equals(matched(shape, row.source()))) {
                    before.put(row.column().orElseThrow().source(), target);
                }
            }
        }
        table = Optional.of(shape);
        List<String> names =
                shape.columns().stream().map(TableShape.Column::name).toList();
        choices.setAll(names);
        choices.addAll(MappingRow.ADD, MappingRow.SKIP);
        List<MappingRow> next = new ArrayList<>();
        for (ColumnSpec column : columns) {
            String kept = before.get(column.source());
            next.add(MappingRow.fileColumn(
                    column, kept != null && choices.contains(kept) ? kept : matched(shape, column.name())));
        }
        rebuilding = true;
        rows.setAll(next);
        rebuilding = false;
        changed();
    }

    /** The table column of the same name (any case), or a new column. */
    private static String matched(TableShape shape, String name) {
        return shape.column(name).map(TableShape.Column::name).orElse(MappingRow.ADD);
    }

    /** No table to map onto (a new table). */
    public void clear() {
        cancelCheck();
        table = Optional.empty();
        fits = Optional.empty();
        rebuilding = true;
        rows.clear();
        choices.clear();
        rebuilding = false;
        problem.set("");
    }

    /** The columns the load sends, each named as its table column (or as the file names it, when added). */
    public List<ColumnSpec> mappedColumns() {
        List<ColumnSpec> mapped = new ArrayList<>();
        for (MappingRow row : fileRows()) {
            String target = row.targetProperty().get();
            if (target == null || target.equals(MappingRow.SKIP)) {
                continue;
            }
            ColumnSpec column = row.column().orElseThrow();
            String name = target.equals(MappingRow.ADD) ? column.name() : target;
            mapped.add(new ColumnSpec(column.position(), column.source(), name, column.type(), column.origin()));
        }
        return List.copyOf(mapped);
    }

    /** The Columns step's columns the mapping was made for (and its fit checked against). */
    public List<ColumnSpec> mappedFrom() {
        return fileRows().stream().map(row -> row.column().orElseThrow()).toList();
    }

    /** The Columns step's names the mapping changes, to their table column's name. */
    public Map<String, String> renames() {
        Map<String, String> renames = new LinkedHashMap<>();
        for (MappingRow row : fileRows()) {
            String target = row.targetProperty().get();
            if (target != null && !target.equals(MappingRow.SKIP) && !target.equals(MappingRow.ADD)) {
                if (!target.equals(row.source())) {
                    renames.put(row.source(), target);
                }
            }
        }
        return renames;
    }

    /** The Columns step's names of the skipped file columns. */
    public Set<String> skipped() {
        Set<String> skipped = new HashSet<>();
        fileRows().stream()
                .filter(row -> MappingRow.SKIP.equals(row.targetProperty().get()))
                .forEach(row -> skipped.add(row.source()));
        return skipped;
    }

    /** The file columns the load adds to the table. */
    public List<ColumnSpec> addedColumns() {
        return fileRows().stream()
                .filter(row -> MappingRow.ADD.equals(row.targetProperty().get()))
                .map(row -> row.column().orElseThrow())
                .toList();
    }

    /** The layouts by the names the mapping loads the columns under, as the load gets them (MappedColumns). */
    private Map<String, TemporalPattern> mappedLayouts() {
        Map<String, TemporalPattern> byColumnsName = layouts.get();
        Map<String, TemporalPattern> mapped = new HashMap<>();
        for (ColumnSpec column : mappedColumns()) {
            fileRows().stream()
                    .map(row -> row.column().orElseThrow())
                    .filter(spec -> spec.position() == column.position())
                    .findFirst()
                    .map(spec -> byColumnsName.get(spec.name()))
                    .ifPresent(pattern -> mapped.put(column.name(), pattern));
        }
        return mapped;
    }

    private List<MappingRow> fileRows() {
        return rows.stream().filter(MappingRow::isFileColumn).toList();
    }

    /** After a choice changed: the table's unfilled columns, the statuses, then the fit check again. */
    private void changed() {
        if (table.isEmpty()) {
            return;
        }
        rebuilding = true;
        List<MappingRow> next = new ArrayList<>(fileRows());
        Set<String> filled = new HashSet<>();
        next.forEach(
                row -> filled.add(String.valueOf(row.targetProperty().get()).toLowerCase(Locale.ROOT)));
        for (TableShape.Column column : table.get().columns()) {
            if (!filled.contains(column.name().toLowerCase(Locale.ROOT))) {
                next.add(MappingRow.tableOnly(column.name(), column.type()));
            }
        }
        rows.setAll(next);
        rebuilding = false;
        fits = Optional.empty();
        fitFailure = "";
        showStatuses();
        checkFit();
    }

    private void checkFit() {
        cancelCheck();
        List<ColumnSpec> mapped = mappedColumns();
        Optional<LoadPlan> plan = mapped.isEmpty() ? Optional.empty() : plans.apply(mapped);
        if (plan.isEmpty()) {
            showStatuses();
            return;
        }
        Map<String, TemporalPattern> patterns = mappedLayouts();
        int asked = ++generation;
        checking.set(true);
        showStatuses();
        check = tasks.run(
                "check the fit",
                stop -> catalog.fit(plan.get(), patterns),
                result -> {
                    if (asked == generation) {
                        checking.set(false);
                        fits = Optional.of(result);
                        showStatuses();
                    }
                },
                failure -> {
                    if (asked == generation) {
                        checking.set(false);
                        fitFailure = "The fit could not be checked: " + failure.getMessage();
                        showStatuses();
                    }
                });
    }

    private void cancelCheck() {
        generation++;
        if (check != null) {
            check.cancel();
            check = null;
        }
        checking.set(false);
    }

    private void showStatuses() {
        MappingStatus.show(fileRows(), table.orElseThrow(), fits, checking.get());
        problem.set(MappingStatus.problem(fileRows(), fits, checking.get(), fitFailure));
    }
}
