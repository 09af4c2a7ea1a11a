package com.redshiftloader.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link DialogService} with JavaFX's native dialogs, owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
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
        File file = chooser.showOpenDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }
}
