package com.redshiftloader.ui.connection;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/** Binds the Connection step (profile list, editor, test results, buttons) to its ViewModel. */
public final class ConnectionStepController {

    private final ConnectionStepViewModel viewModel;

    @FXML
    private ListView<String> profileList;

    @FXML
    private Button newProfileButton;

    @FXML
    private Button importButton;

    @FXML
    private Button duplicateButton;

    @FXML
    private Button deleteButton;

    @FXML
    private Label profileTitle;

    @FXML
    private Label unsavedLabel;

    @FXML
    private ScrollPane formScroll;

    @FXML
    private VBox sandboxInfo;

    @FXML
    private Button testButton;

    @FXML
    private Button cancelTestButton;

    @FXML
    private Button saveButton;

    @FXML
    private Button saveAsButton;

    @FXML
    private ListView<CheckRow> checkList;

    @FXML
    private Label connectionStatus;

    @FXML
    private javafx.scene.control.SplitPane formAndChecks;

    @FXML
    private javafx.scene.layout.VBox checksPane;

    @FXML
    private javafx.scene.control.Button copyChecksButton;

    public ConnectionStepController(ConnectionStepViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        bindList();
        ProfileFormViewModel form = viewModel.form();
        formScroll.setContent(new ProfileFormView(form));
        formScroll.visibleProperty().bind(viewModel.sandboxSelectedProperty().not());
        sandboxInfo.visibleProperty().bind(viewModel.sandboxSelectedProperty());
        profileTitle.textProperty().bind(viewModel.titleProperty());
        unsavedLabel.visibleProperty().bind(form.dirtyProperty());
        newProfileButton.setOnAction(event -> viewModel.newProfile());
        importButton.setOnAction(event -> viewModel.importProfile());
        duplicateButton.setOnAction(event -> viewModel.duplicate());
        deleteButton.setOnAction(event -> viewModel.delete());
        duplicateButton
                .disableProperty()
                .bind(viewModel.savedProfileSelectedProperty().not());
        deleteButton
                .disableProperty()
                .bind(viewModel.savedProfileSelectedProperty().not());
        saveButton.setOnAction(event -> viewModel.save());
        saveAsButton.setOnAction(event -> viewModel.saveAs());
        saveButton.disableProperty().bind(viewModel.canSaveProperty().not());
        saveAsButton.disableProperty().bind(viewModel.canSaveAsProperty().not());
        testButton.setOnAction(event -> viewModel.testConnection());
        testButton.disableProperty().bind(viewModel.canTestProperty().not());
        cancelTestButton.setOnAction(event -> viewModel.cancelTest());
        cancelTestButton.disableProperty().bind(viewModel.testingProperty().not());
        checkList.setItems(viewModel.checks());
        checkList.setCellFactory(list -> new CheckRowCell());
        connectionStatus.textProperty().bind(viewModel.statusProperty());
        copyChecksButton.setOnAction(event -> {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString(viewModel.checksText());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        showChecksBelowTheForm();
    }

    /**
     * The test's results share the height with the form (the user drags the divider) once there are any; before,
     * the form has it all.
     */
    private void showChecksBelowTheForm() {
        ((javafx.scene.layout.Pane) checksPane.getParent()).getChildren().remove(checksPane);
        Runnable place = () -> {
            boolean any = !viewModel.checks().isEmpty();
            if (any && !formAndChecks.getItems().contains(checksPane)) {
                formAndChecks.getItems().add(checksPane);
                formAndChecks.setDividerPositions(0.35); // the results matter most right after a test
            } else if (!any) {
                formAndChecks.getItems().remove(checksPane);
            }
        };
        viewModel.checks().addListener((javafx.collections.ListChangeListener<CheckRow>) change -> place.run());
        place.run();
    }

    private void bindList() {
        profileList.setItems(viewModel.profiles());
        profileList.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> {
            if (after != null
                    && !after.equals(viewModel.selectedProfileProperty().get())) {
                // The list keeps showing the profile being left while the ViewModel asks about unsaved changes;
                // it moves when the ViewModel's selection does.
                Platform.runLater(() -> {
                    showSelection(viewModel.selectedProfileProperty().get());
                    viewModel.select(after);
                });
            }
        });
        viewModel.selectedProfileProperty().addListener((observable, before, after) -> showSelection(after));
    }

    private void showSelection(String name) {
        if (name == null) {
            profileList.getSelectionModel().clearSelection();
        } else if (!name.equals(profileList.getSelectionModel().getSelectedItem())) {
            profileList.getSelectionModel().select(name);
        }
    }
}
