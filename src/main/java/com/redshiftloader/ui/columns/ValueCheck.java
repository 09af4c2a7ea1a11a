package com.redshiftloader.ui.columns;

import com.redshiftloader.domain.inspection.SourceInspector;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.types.TemporalPattern;
import com.redshiftloader.domain.schema.validation.ValidationReport;
import com.redshiftloader.domain.source.ScanListener;
import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.ui.common.UiCounts;
import com.redshiftloader.ui.task.BackgroundTasks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Columns step's "Check values": reads the whole file in the background and lists the values that would not load
 * with the chosen columns. Its results hold for the plan they were made for only; when the file, its settings or the
 * columns change they go (and a check still running stops), so what is shown is about what would load now.
 */
final class ValueCheck {

    /** The file, settings, columns and layouts a check reads. */
    record Plan(Path file, SourceSettings settings, List<ColumnSpec> columns, Map<String, TemporalPattern> patterns) {}

    private final SourceInspector inspector;
    private final BackgroundTasks tasks;
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private BackgroundTasks.Running task;
    /** What the shown (or running) check is for; empty when none is shown. */
    private Optional<Plan> checked = Optional.empty();

    ValueCheck(SourceInspector inspector, BackgroundTasks tasks) {
        this.inspector = inspector;
        this.tasks = tasks;
    }

    /** The values that would not load: a line per column, then its first bad values with their lines. */
    ObservableList<String> problems() {
        return problems;
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    void run(Plan plan) {
        if (running.get()) {
            return;
        }
        checked = Optional.of(plan);
        running.set(true);
        problems.clear();
        status.set("Checking every value…");
        task = tasks.run(
                "check values",
                stop -> inspector.validate(
                        plan.file(), plan.settings(), plan.columns(), plan.patterns(), ScanListener.NONE, stop),
                report -> {
                    running.set(false);
                    if (checked.equals(Optional.of(plan))) {
                        report.ifPresentOrElse(this::show, () -> status.set("Check cancelled"));
                    }
                },
                failure -> {
                    running.set(false);
                    if (checked.equals(Optional.of(plan))) {
                        status.set(failure.getMessage());
                    }
                });
    }

    void cancel() {
        if (task != null) {
            task.requestStop();
        }
    }

    /**
     * Forgets the results of a check made for another plan than {@code now} (a new file or settings, a cleared
     * override, another layout) and stops such a check if it still runs. When only the columns changed, the status
     * says to check again.
     */
    void keepOnlyFor(Optional<Plan> now) {
        if (checked.isEmpty() || now.equals(checked)) {
            return;
        }
        Plan was = checked.get();
        checked = Optional.empty();
        cancel();
        problems.clear();
        boolean sameSource = now.isPresent()
                && now.get().file().equals(was.file())
                && now.get().settings().equals(was.settings());
        status.set(sameSource ? "The columns changed since the last check: Check values again." : "");
    }

    private void show(ValidationReport report) {
        List<String> lines = new ArrayList<>();
        for (ValidationReport.ColumnValidation column : report.columns()) {
            if (column.invalid() > 0) {
                lines.add("%s (%s): %s would not load"
                        .formatted(
                                column.column().name(),
                                column.column().type().sql(),
                                UiCounts.of(column.invalid(), "value")));
                column.first()
                        .forEach(bad ->
                                lines.add("    line %d: '%s' — %s".formatted(bad.line(), bad.value(), bad.reason())));
            }
        }
        problems.setAll(lines);
        status.set(
                report.clean()
                        ? UiCounts.of(report.records(), "record") + " checked: every value fits its column"
                        : UiCounts.of(report.records(), "record")
                                + " checked: fix the columns below (override the type, or leave the column out)");
    }
}
