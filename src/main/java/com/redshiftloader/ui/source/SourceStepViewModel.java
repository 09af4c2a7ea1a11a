package com.redshiftloader.ui.source;

import com.redshiftloader.domain.inspection.SourceInspector;
import com.redshiftloader.domain.inspection.SourcePreview;
import com.redshiftloader.domain.schema.inference.ScanOutcome;
import com.redshiftloader.domain.source.CancellationToken;
import com.redshiftloader.domain.source.EncodingEvidence;
import com.redshiftloader.domain.source.SourceFormat;
import com.redshiftloader.domain.source.SourceRecord;
import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.domain.time.MonotonicClock;
import com.redshiftloader.ui.common.DialogService;
import com.redshiftloader.ui.task.BackgroundTasks;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Source step: the file, its detected (and user-changed) settings, a preview of the first rows at once, then a
 * full scan in the background that refines the column types, with progress and cancel.
 */
public final class SourceStepViewModel {

    public static final int PREVIEW_ROWS = 200;

    private final SourceInspector inspector;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final SourceSettingsForm settings = new SourceSettingsForm(this::settingsEdited);
    private final ReadOnlyObjectWrapper<SourcePreview> preview = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> previewColumns = FXCollections.observableArrayList();
    private final ObservableList<SourceRecord> previewRows = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper encodingEvidence = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ScanOutcome.Completed> scanned = new ReadOnlyObjectWrapper<>();
    private final DoubleProperty scanProgress = new SimpleDoubleProperty(0);
    private final ReadOnlyStringWrapper scanStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper scanning = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding valid = Bindings.createBooleanBinding(
            () -> preview.get() != null && error.get().isEmpty(), preview, error);
    private final BooleanBinding delimitedOnlyDisabled = Bindings.createBooleanBinding(
            () -> settings.formatProperty().get() != null
                    && !settings.formatProperty().get().isDelimited(),
            settings.formatProperty());
    private final StringBinding warningsLinkText =
            Bindings.createStringBinding(() -> SourceMessages.warningsLink(scanned.get()), scanned);
    private final StringBinding fileText = Bindings.createStringBinding(
            () -> file.get() == null ? "No file chosen" : file.get().toString(), file);
    private final StringBinding statusHint = Bindings.createStringBinding(this::describeState, file, error);
    private BackgroundTasks.Running previewTask;
    private BackgroundTasks.Running scanTask;
    private SourceSettings detected;

    public SourceStepViewModel(SourceInspector inspector, BackgroundTasks tasks, DialogService dialogs) {
        this.inspector = inspector;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public StringBinding fileTextProperty() {
        return fileText;
    }

    /** What to do now, for the status bar, once a file is picked ("orders.csv — check the settings, then Next"). */
    public StringBinding statusHintProperty() {
        return statusHint;
    }

    private String describeState() {
        if (file.get() == null) {
            return "";
        }
        String name = String.valueOf(file.get().getFileName());
        return error.get().isEmpty()
                ? name + " — check the settings, then Next"
                : name + " cannot be read as set — change the settings or pick another file";
    }

    /** The settings as shown and edited; a change re-reads the preview. */
    public SourceSettingsForm settings() {
        return settings;
    }

    /**
     * Whether the settings that only delimited text has (delimiter, quote, header row, skip lines, fill missing,
     * multiline values) are off, as they are for JSON and JSON Lines.
     */
    public BooleanBinding delimitedOnlyDisabledProperty() {
        return delimitedOnlyDisabled;
    }

    public ReadOnlyObjectProperty<SourcePreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ObservableList<String> previewColumns() {
        return previewColumns;
    }

    public ObservableList<SourceRecord> previewRows() {
        return previewRows;
    }

    public ObservableList<String> warnings() {
        return warnings;
    }

    /** Why detection chose the file's encoding, e.g. {@code UTF-8 except 1 bad byte, first at line 702, byte 41}. */
    public ReadOnlyStringProperty encodingEvidenceProperty() {
        return encodingEvidence.getReadOnlyProperty();
    }

    /** Why the file cannot be read (file, line, column and what to do), or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The full scan's result, once it completed. */
    public ReadOnlyObjectProperty<ScanOutcome.Completed> scannedProperty() {
        return scanned.getReadOnlyProperty();
    }

    public DoubleProperty scanProgressProperty() {
        return scanProgress;
    }

    public ReadOnlyStringProperty scanStatusProperty() {
        return scanStatus.getReadOnlyProperty();
    }

    /** "(2 warnings)" once a scan warned, else empty; {@link #showWarnings()} lists them. */
    public StringBinding warningsLinkTextProperty() {
        return warningsLinkText;
    }

    /** Lists the scan's warnings, each with its line, for reading and copying. */
    public void showWarnings() {
        ScanOutcome.Completed completed = scanned.get();
        if (completed != null && completed.warningCount() > 0) {
            dialogs.showLines("Warnings in " + file.get().getFileName(), SourceMessages.warningLines(completed));
        }
    }

    public ReadOnlyBooleanProperty scanningProperty() {
        return scanning.getReadOnlyProperty();
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    /** The settings the preview was read with, for the later steps. */
    public Optional<SourceSettings> effectiveSettings() {
        return Optional.ofNullable(preview.get()).map(SourcePreview::settings);
    }

    /** The settings detected when the file was opened, before the user changed any; for saving a job. */
    public Optional<SourceSettings> detectedSettings() {
        return Optional.ofNullable(detected);
    }

    /** Asks the user for a file and opens it. */
    public void chooseFile() {
        dialogs.chooseSourceFile().ifPresent(this::open);
    }

    /** Opens a file dropped on the step. */
    public void acceptDroppedFile(Path dropped) {
        open(dropped);
    }

    /** Opens a file: detects its settings, shows the first rows, then scans it whole. */
    public void open(Path chosen) {
        file.set(chosen);
        detected = null;
        encodingEvidence.set("");
        readPreview(Optional.empty());
    }

    /** Stops the full scan; the types stay those of the preview rows. */
    public void cancelScan() {
        if (scanTask != null) {
            scanTask.requestStop();
        }
    }

    private void settingsEdited() {
        if (file.get() != null && preview.get() != null) {
            settings.toSettings(preview.get().settings())
                    .ifPresentOrElse(edited -> readPreview(Optional.of(edited)), () -> error.set(settings.problem()));
        }
    }

    private void readPreview(Optional<SourceSettings> chosen) {
        // The earlier file's or settings' work is abandoned: none of its results may show.
        if (scanTask != null && scanning.get()) {
            scanTask.cancel();
            scanning.set(false);
            scanStatus.set("");
        }
        if (previewTask != null) {
            previewTask.cancel();
        }
        Path source = file.get();
        error.set("");
        scanned.set(null);
        previewTask = tasks.run(
                "preview " + source.getFileName(),
                stop -> new Read(
                        inspector.preview(source, chosen, PREVIEW_ROWS),
                        chosen.isEmpty() ? Optional.of(inspector.encodingEvidence(source)) : Optional.empty()),
                read -> {
                    if (chosen.isEmpty()) {
                        detected = read.preview().settings();
                    }
                    read.evidence().ifPresent(found -> encodingEvidence.set("Detected encoding: " + found.describe()));
                    showPreview(read.preview());
                },
                failure -> {
                    preview.set(null);
                    previewRows.clear();
                    previewColumns.clear();
                    error.set(SourceMessages.of(failure));
                });
    }

    /** A preview and, when the settings were detected, why the encoding was chosen. */
    private record Read(SourcePreview preview, Optional<EncodingEvidence> evidence) {}

    private void showPreview(SourcePreview read) {
        settings.show(read.settings());
        previewColumns.setAll(read.columns());
        previewRows.setAll(read.rows());
        warnings.setAll(read.warnings().stream().map(SourceMessages::of).toList());
        preview.set(read);
        startScan(read.settings());
    }

    private void startScan(SourceSettings used) {
        Path source = file.get();
        scanning.set(true);
        scanProgress.set(0);
        scanStatus.set("Scanning the whole file…");
        scanTask = tasks.run(
                "scan " + source.getFileName(),
                stop -> inspector.scan(source, used, throttle(stop), stop),
                outcome -> {
                    scanning.set(false);
                    switch (outcome) {
                        case ScanOutcome.Completed completed -> {
                            scanned.set(completed);
                            scanProgress.set(1);
                            scanStatus.set(SourceMessages.scanned(completed));
                            warnings.setAll(completed.warnings().stream()
                                    .map(SourceMessages::of)
                                    .toList());
                        }
                        case ScanOutcome.Cancelled cancelled ->
                            scanStatus.set("Scan cancelled after " + cancelled.records()
                                    + " records; types come from the preview rows");
                    }
                },
                failure -> {
                    scanning.set(false);
                    error.set(SourceMessages.of(failure));
                });
    }

    /** Progress for the UI, until the scan is asked to stop (a stopped scan's last figures would be stale). */
    private ProgressThrottle throttle(CancellationToken stop) {
        return new ProgressThrottle(MonotonicClock.INSTANCE, tasks, (fraction, text) -> {
            if (!stop.isCancelled()) {
                scanProgress.set(fraction);
                scanStatus.set(text);
            }
        });
    }

    /** The formats offered. */
    public static ObservableList<SourceFormat> formats() {
        return FXCollections.observableArrayList(SourceFormat.values());
    }
}
