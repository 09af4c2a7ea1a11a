package com.redshiftloader.ui.shell;

import java.nio.file.Path;
import java.util.Optional;

/** Dialogs the ViewModels ask for, behind an interface so that they stay free of windows. */
public interface DialogService {

    /** Asks the user for a source file to load; empty when the user cancels. */
    Optional<Path> chooseSourceFile();
}
