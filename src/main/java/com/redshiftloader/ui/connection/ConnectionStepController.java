package com.redshiftloader.ui.connection;

import javafx.fxml.FXML;
import javafx.scene.control.ListView;

/** Binds the Connection step's profile list to its ViewModel. */
public final class ConnectionStepController {

    private final ConnectionStepViewModel viewModel;

    @FXML
    private ListView<String> profileList;

    public ConnectionStepController(ConnectionStepViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        profileList.setItems(viewModel.profiles());
        profileList.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> viewModel
                .selectedProfileProperty()
                .set(after));
        viewModel.selectedProfileProperty().addListener((observable, before, after) -> {
            if (after != null && !after.equals(profileList.getSelectionModel().getSelectedItem())) {
                profileList.getSelectionModel().select(after);
            }
        });
    }
}
