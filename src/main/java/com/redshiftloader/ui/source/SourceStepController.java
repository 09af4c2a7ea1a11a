package com.redshiftloader.ui.source;

import java.io.File;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Region;

/** Binds the Source step (file chooser button, drop area, chosen file) to its ViewModel. */
public final class SourceStepController {

    private final SourceStepViewModel viewModel;

    @FXML
    private Region dropArea;

    @FXML
    private Button chooseFileButton;

    @FXML
    private Label chosenFileLabel;

    public SourceStepController(SourceStepViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        chooseFileButton.setOnAction(event -> viewModel.chooseFile());
        chosenFileLabel.textProperty().bind(viewModel.fileTextProperty());
        dropArea.setOnDragOver(this::acceptFiles);
        dropArea.setOnDragDropped(this::takeFile);
    }

    private void acceptFiles(DragEvent event) {
        if (event.getDragboard().hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void takeFile(DragEvent event) {
        var files = event.getDragboard().getFiles();
        if (!files.isEmpty()) {
            File first = files.getFirst();
            viewModel.acceptDroppedFile(first.toPath());
        }
        event.setDropCompleted(!files.isEmpty());
        event.consume();
    }
}
