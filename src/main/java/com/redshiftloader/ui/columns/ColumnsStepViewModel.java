package com.redshiftloader.ui.columns;

import com.redshiftloader.domain.inspection.SourceInspector;
import com.redshiftloader.domain.load.JobColumn;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.schema.ColumnNames;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.SchemaResolver;
import com.redshiftloader.domain.schema.TypeMapping;
import com.redshiftloader.domain.schema.inference.ColumnInference;
import com.redshiftloader.domain.schema.types.InvalidTypeException;
import com.redshiftloader.domain.schema.types.RedshiftType;
import com.redshiftloader.domain.schema.types.TemporalPattern;
import com.redshiftloader.ui.task.BackgroundTasks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Columns step: every source column with its target name, inferred type and evidence, and the user's overrides
 * (the Target step shows the CREATE TABLE that results). Types come from the preview rows at once and from the full scan when it
 * completes; the profile's type_mapping applies over inference, overrides over both.
 */
public final class ColumnsStepViewModel {

    private final Supplier<SourceFeed> source;
    private final Supplier<Optional<ConnectionProfile>> profile;
    private final ObservableList<ColumnRow> rows = FXCollections.observableArrayList(row -> new Observable[] {
        row.includeProperty(),
        row.nameProperty(),
        row.overrideProperty(),
        row.mergeKeyProperty(),
        row.epochProperty(),
        row.dateFormatProperty()
    });
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final BooleanBinding valid;
    private final ValueCheck check;
    private List<ColumnInference> inferences = List.of();

    /**
     * @param source the Source step's file and settings, read when needed
     * @param profile the profile chosen on the Connection step, read when needed
     */
    public ColumnsStepViewModel(
            Supplier<SourceFeed> source,
            Supplier<Optional<ConnectionProfile>> profile,
            SourceInspector inspector,
            BackgroundTasks tasks) {
        this.source = source;
        this.profile = profile;
        this.check = new ValueCheck(inspector, tasks);
        valid = Bindings.createBooleanBinding(
                () -> !rows.isEmpty() && problem.get().isEmpty(), rows, problem);
        rows.addListener((javafx.collections.ListChangeListener<ColumnRow>) change -> update());
    }

    public ObservableList<ColumnRow> rows() {
        return rows;
    }

    /** What must be fixed before loading (a bad override, duplicate names), or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    /** The values that would not load with the chosen types: a line per column, then its first bad values. */
    public ObservableList<String> valueProblems() {
        return check.problems();
    }

    public ReadOnlyStringProperty checkStatusProperty() {
        return check.statusProperty();
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return check.runningProperty();
    }

    /**
     * Reads the whole file again and checks every value against the chosen types (after overrides), so that a value
     * that would not load is found now, with its line, rather than in the middle of the load.
     */
    public void checkValues() {
        if (valid.get()) {
            plan().ifPresent(check::run);
        }
    }

    public void cancelCheck() {
        check.cancel();
    }

    /** The file or its settings changed: an earlier check's results no longer say anything. */
    public void sourceChanged() {
        check.keepOnlyFor(plan());
    }

    /** What a check of values would read now: the file, its settings, the columns and their layouts. */
    private Optional<ValueCheck.Plan> plan() {
        SourceFeed feed = source.get();
        return feed.file().flatMap(file -> feed.settings()
                .map(settings -> new ValueCheck.Plan(file, settings, columns(), temporalPatterns())));
    }

    /** Re-applies the profile (lower_case, type_mapping, engine), e.g. after the user changed the connection. */
    public void refresh() {
        columnsFound(inferences);
    }

    /** The columns to create and load, when the step is valid. */
    public List<ColumnSpec> columns() {
        List<ColumnSpec> chosen = new ArrayList<>();
        List<ColumnSpec> resolved = resolve();
        for (int i = 0; i < rows.size() && i < resolved.size(); i++) {
            ColumnRow row = rows.get(i);
            if (row.includeProperty().get()) {
                ColumnSpec spec = resolved.get(i);
                chosen.add(new ColumnSpec(
                        spec.position(), spec.source(), row.nameProperty().get().strip(), spec.type(), spec.origin()));
            }
        }
        return List.copyOf(chosen);
    }

    /** The date and timestamp layouts detected per chosen column, by target name, for the loader. */
    public Map<String, TemporalPattern> temporalPatterns() {
        Map<String, TemporalPattern> patterns = new LinkedHashMap<>();
        List<ColumnInference> effective = effectiveInferences();
        for (int i = 0; i < rows.size() && i < effective.size(); i++) {
            ColumnRow row = rows.get(i);
            if (row.includeProperty().get()) {
                effective
                        .get(i)
                        .temporalPattern()
                        .ifPresent(p -> patterns.put(row.nameProperty().get().strip(), p));
            }
        }
        return patterns;
    }

    /** The merge keys the user ticked, by target name. */
    public List<String> mergeKeys() {
        return rows.stream()
                .filter(row ->
                        row.includeProperty().get() && row.mergeKeyProperty().get())
                .map(row -> row.nameProperty().get().strip())
                .toList();
    }

    /** The rows as a saved job's column choices: each changed type, changed name or exclusion. */
    public List<JobColumn> jobColumns() {
        return JobColumns.of(rows, lowerCase());
    }

    /** Shows the columns found in the file: from the preview rows at once, then from the whole file. */
    public void columnsFound(List<ColumnInference> columns) {
        inferences = List.copyOf(columns);
        Map<String, ColumnRow> previous = new HashMap<>();
        rows.forEach(row -> previous.put(row.source(), row));
        List<ColumnSpec> names = SchemaResolver.resolve(inferences, mapping(), Map.of(), lowerCase());
        List<ColumnRow> next = new ArrayList<>();
        for (int i = 0; i < inferences.size(); i++) {
            ColumnInference inference = inferences.get(i);
            ColumnRow row = previous.get(inference.source());
            if (row == null) {
                row = new ColumnRow(inference.source());
                row.nameProperty().set(names.get(i).name());
                normaliseEdits(row, i + 1);
            }
            row.show(inference, inference, names.get(i).type());
            next.add(row);
        }
        rows.setAll(next);
        update();
    }

    private List<ColumnSpec> resolve() {
        Map<String, RedshiftType> overrides = new LinkedHashMap<>();
        rows.forEach(row -> row.parseOverride().ifPresent(type -> overrides.put(row.source(), type)));
        return SchemaResolver.resolve(effectiveInferences(), mapping(), overrides, lowerCase());
    }

    /** The inferences with each row's epoch choice applied. */
    private List<ColumnInference> effectiveInferences() {
        List<ColumnInference> effective = new ArrayList<>(inferences.size());
        for (int i = 0; i < inferences.size(); i++) {
            effective.add(i < rows.size() ? rows.get(i).effective(inferences.get(i)) : inferences.get(i));
        }
        return effective;
    }

    private void update() {
        List<ColumnInference> effective = effectiveInferences();
        List<ColumnSpec> chosen = SchemaResolver.resolve(effective, mapping(), Map.of(), lowerCase());
        for (int i = 0; i < rows.size() && i < chosen.size(); i++) {
            rows.get(i).show(inferences.get(i), effective.get(i), chosen.get(i).type());
        }
        problem.set(findProblem());
        check.keepOnlyFor(plan());
    }

    private String findProblem() {
        Set<String> seen = new HashSet<>();
        boolean any = false;
        for (ColumnRow row : rows) {
            if (!row.overrideProblemProperty().get().isEmpty()) {
                return "Column " + row.source() + ": "
                        + row.overrideProblemProperty().get();
            }
            if (!row.dateFormatProblemProperty().get().isEmpty()) {
                return "Column " + row.source() + ", date format: "
                        + row.dateFormatProblemProperty().get();
            }
            if (!row.includeProperty().get()) {
                continue;
            }
            any = true;
            String name = row.nameProperty().get() == null
                    ? ""
                    : row.nameProperty().get().strip();
            if (name.isEmpty()) {
                return "Column " + row.source() + " needs a target name";
            }
            if (!seen.add(name.toLowerCase(java.util.Locale.ROOT))) {
                return "Two columns are named " + name + "; rename one";
            }
        }
        return any || rows.isEmpty() ? "" : "Include at least one column";
    }

    private TypeMapping mapping() {
        try {
            return profile.get().map(p -> TypeMapping.parse(p.typeMapping())).orElse(TypeMapping.none());
        } catch (InvalidTypeException e) {
            return TypeMapping.none();
        }
    }

    /**
     * A target name the user types is normalised as the file's names are ({@code Zip Code} → {@code zip_code}, with
     * the profile's lower_case), so what the table gets is what the grid shows.
     */
    private void normaliseEdits(ColumnRow row, int position) {
        row.nameProperty().addListener((observable, before, typed) -> {
            String name = ColumnNames.single(typed == null ? "" : typed, lowerCase(), position);
            if (!name.equals(typed)) {
                row.nameProperty().set(name);
            }
        });
    }

    private boolean lowerCase() {
        return profile.get().map(ConnectionProfile::lowerCase).orElse(true);
    }
}
