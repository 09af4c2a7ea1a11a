package com.redshiftloader.ui.load;

import javafx.fxml.FXML;

/** Binds the Load step to its ViewModel. */
public final class LoadStepController {

    @SuppressWarnings("unused")
    private final LoadStepViewModel viewModel;

    public LoadStepController(LoadStepViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        // The load summary, progress and log arrive with the load work.
    }
}
