package com.redshiftloader.ui.columns;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The Columns step. Column names and types come with the source readers and type inference; until then the step
 * has nothing the user must fix, so it is valid.
 */
public final class ColumnsStepViewModel {

    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }
}
