package com.redshiftloader.ui.load;

import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoadPath;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The Load step's options as the user sets them: mode, path, reject budget (as typed) and dry run. */
final class LoadOptions {

    final ObjectProperty<LoadMode> mode = new SimpleObjectProperty<>(LoadMode.APPEND);
    final ObjectProperty<LoadPath> path = new SimpleObjectProperty<>(LoadPath.AUTO);
    final StringProperty maxErrors = new SimpleStringProperty("0");
    final BooleanProperty dryRun = new SimpleBooleanProperty(false);

    /** @throws IllegalArgumentException saying what is wrong with the reject budget */
    int budget() {
        int budget;
        try {
            budget = Integer.parseInt(maxErrors.get().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "The reject budget must be a whole number, not '" + maxErrors.get() + "'.", e);
        }
        if (budget < 0) {
            throw new IllegalArgumentException("The reject budget must be 0 or more.");
        }
        return budget;
    }
}
