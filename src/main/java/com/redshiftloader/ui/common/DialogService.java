package com.redshiftloader.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Dialogs the ViewModels ask for, behind an interface so that they stay free of windows. */
public interface DialogService {

    /** Asks the user for a source file to load; empty when the user cancels. */
    Optional<Path> chooseSourceFile();

    /** Asks for a YAML profile (e.g. a Mage config) to import; empty when the user cancels. */
    default Optional<Path> chooseProfileToImport() {
        return Optional.empty();
    }

    /** Asks where to save a load job, offering {@code suggestedName}; empty when the user cancels. */
    default Optional<Path> chooseJobFileToSave(String suggestedName) {
        return Optional.empty();
    }

    /** Asks where to save the load's log, offering {@code suggestedName}; empty when the user cancels. */
    default Optional<Path> chooseLogFileToSave(String suggestedName) {
        return Optional.empty();
    }

    /** Asks for a name, offering {@code initial}; empty when the user cancels. */
    default Optional<String> askName(String title, String initial) {
        return Optional.empty();
    }

    /** Asks whether to throw away unsaved changes; false keeps them. */
    default boolean confirmDiscard(String what) {
        return false;
    }

    /** Asks whether to go ahead with something that cannot be undone. */
    default boolean confirm(String title, String question) {
        return false;
    }

    /** Tells the user that something failed, with the lines that say why. */
    default void showError(String title, List<String> lines) {}

    /** Shows lines for reading and copying (e.g. a file's warnings, each with its line), under {@code title}. */
    default void showLines(String title, List<String> lines) {}

    /** Opens a file in the desktop's application for it (a CSV in a spreadsheet); does nothing without a desktop. */
    default void openFile(Path file) {}
}
