package com.redshiftloader.ui.columns;

import javafx.fxml.FXML;

/** Binds the Columns step to its ViewModel. */
public final class ColumnsStepController {

    @SuppressWarnings("unused")
    private final ColumnsStepViewModel viewModel;

    public ColumnsStepController(ColumnsStepViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        // The column table arrives with type inference.
    }
}
