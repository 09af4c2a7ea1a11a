package com.redshiftloader.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link DialogService} with JavaFX's dialogs, owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;
    private final Consumer<String> openDocument;

    /** Dialogs that open no files in other applications (for a window without the application's host services). */
    public FxDialogService(Supplier<Window> owner) {
        this(owner, document -> {});
    }

    /** @param openDocument opens a file URI in the desktop's application for it ({@code HostServices::showDocument}) */
    public FxDialogService(Supplier<Window> owner, Consumer<String> openDocument) {
        this.owner = owner;
        this.openDocument = openDocument;
    }

    @Override
    public Optional<Path> chooseSourceFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose a file to load");
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(
                                "Data files (CSV, TSV, JSON, JSON Lines, gzipped)",
                                "*.csv",
                                "*.tsv",
                                "*.txt",
                                "*.json",
                                "*.jsonl",
                                "*.ndjson",
                                "*.gz"),
                        new FileChooser.ExtensionFilter("All files", "*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseProfileToImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a profile or Mage config");
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter("YAML files", "*.yaml", "*.yml"),
                        new FileChooser.ExtensionFilter("All files", "*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseJobFileToSave(String suggestedName) {
        return chooseFileToSave(
                "Save the load as a job",
                suggestedName,
                new FileChooser.ExtensionFilter("Load jobs (YAML)", "*.yaml", "*.yml"));
    }

    @Override
    public Optional<Path> chooseLogFileToSave(String suggestedName) {
        return chooseFileToSave(
                "Save the load's log", suggestedName, new FileChooser.ExtensionFilter("Logs", "*.log", "*.txt"));
    }

    private Optional<Path> chooseFileToSave(String title, String suggestedName, FileChooser.ExtensionFilter kind) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().addAll(kind, new FileChooser.ExtensionFilter("All files", "*"));
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<String> askName(String title, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText("Name:");
        return dialog.showAndWait().map(String::strip).filter(name -> !name.isEmpty());
    }

    @Override
    public boolean confirmDiscard(String what) {
        return confirm("Unsaved changes", "Discard " + what + "?");
    }

    @Override
    public boolean confirm(String title, String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(null);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    @Override
    public void showError(String title, List<String> lines) {
        Alert alert = new Alert(Alert.AlertType.ERROR, String.join("\n", lines), ButtonType.OK);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }

    @Override
    public void showLines(String title, List<String> lines) {
        TextArea text = new TextArea(String.join("\n", lines));
        text.setId("linesText");
        text.setEditable(false);
        text.setWrapText(true);
        // rows for the lines as they wrap at 70 characters, so that a few long warnings all show without scrolling
        int wrapped = lines.stream().mapToInt(line -> 1 + line.length() / 70).sum();
        text.setPrefRowCount(Math.min(Math.max(wrapped, 3), 20));
        text.setPrefColumnCount(70);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.CLOSE);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setContent(text);
        alert.setResizable(true);
        alert.showAndWait();
    }

    @Override
    public void openFile(Path file) {
        openDocument.accept(file.toUri().toString());
    }
}
