package com.redshiftloader.ui.source;

import com.redshiftloader.ui.shell.DialogService;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The Source step: the file chosen to load. The step is valid once a readable file is chosen. */
public final class SourceStepViewModel {

    private final DialogService dialogs;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final BooleanBinding valid =
            Bindings.createBooleanBinding(() -> file.get() != null && Files.isReadable(file.get()), file);
    private final StringBinding fileText = Bindings.createStringBinding(
            () -> file.get() == null ? "No file chosen" : file.get().toString(), file);

    public SourceStepViewModel(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public StringBinding fileTextProperty() {
        return fileText;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    /** Asks the user for a file and takes it, unless the user cancels. */
    public void chooseFile() {
        dialogs.chooseSourceFile().ifPresent(file::set);
    }

    /** Takes a file dropped on the step. */
    public void acceptDroppedFile(Path dropped) {
        file.set(dropped);
    }
}
