package com.redshiftloader.ui.load;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The Load step, the wizard's last: it is valid once a load has finished. Running loads comes with the load work.
 */
public final class LoadStepViewModel {

    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }
}
