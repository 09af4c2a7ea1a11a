package com.redshiftloader.ui.connection;

import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Connection step: the saved profiles and the one chosen. The step is valid once a profile is chosen. Profile
 * editing and testing come with the connection-profile work; this holds the names only.
 */
public final class ConnectionStepViewModel {

    public static final String LOCAL_SANDBOX = "Local sandbox";

    private final ObservableList<String> profiles = FXCollections.observableArrayList();
    private final ObjectProperty<String> selectedProfile = new SimpleObjectProperty<>();
    private final BooleanBinding valid = selectedProfile.isNotNull();

    public ConnectionStepViewModel(List<String> savedProfiles) {
        profiles.add(LOCAL_SANDBOX);
        profiles.addAll(savedProfiles);
    }

    public ObservableList<String> profiles() {
        return profiles;
    }

    public ObjectProperty<String> selectedProfileProperty() {
        return selectedProfile;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
