package com.redshiftloader.ui.load;

import com.redshiftloader.domain.load.LoadEvent;
import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoadPath;
import com.redshiftloader.ui.common.LogConsole;
import com.redshiftloader.ui.common.LogLine;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;

/** Binds the Load step (options, summary, Start/Cancel, progress, log console, history) to its ViewModel. */
public final class LoadStepController {

    private final LoadStepViewModel viewModel;

    @FXML
    private ComboBox<LoadMode> modeChoice;

    @FXML
    private ComboBox<LoadPath> pathChoice;

    @FXML
    private TextField maxErrorsField;

    @FXML
    private CheckBox dryRunCheck;

    @FXML
    private Label summaryLabel;

    @FXML
    private ToggleButton showSqlToggle;

    @FXML
    private VBox sqlPane;

    @FXML
    private TextArea sqlPreview;

    @FXML
    private Button copySqlButton;

    @FXML
    private Button startButton;

    @FXML
    private Button cancelButton;

    @FXML
    private Button saveJobButton;

    @FXML
    private Label phaseLabel;

    @FXML
    private ProgressBar progressBar;

    @FXML
    private Label progressLabel;

    @FXML
    private Label resultLabel;

    @FXML
    private ComboBox<LoadEvent.Level> logLevelChoice;

    @FXML
    private Button copyLogButton;

    @FXML
    private Button saveLogButton;

    @FXML
    private Label logStatusLabel;

    @FXML
    private ListView<LogLine> logList;

    @FXML
    private ListView<String> historyList;

    public LoadStepController(LoadStepViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        modeChoice.getItems().setAll(LoadMode.values());
        modeChoice.valueProperty().bindBidirectional(viewModel.modeProperty());
        pathChoice.getItems().setAll(LoadPath.values());
        pathChoice.valueProperty().bindBidirectional(viewModel.pathProperty());
        maxErrorsField.textProperty().bindBidirectional(viewModel.maxErrorsProperty());
        dryRunCheck.selectedProperty().bindBidirectional(viewModel.dryRunProperty());
        InvalidationListener refresh = observable -> viewModel.refresh();
        viewModel.modeProperty().addListener(refresh);
        viewModel.pathProperty().addListener(refresh);
        viewModel.maxErrorsProperty().addListener(refresh);
        viewModel.dryRunProperty().addListener(refresh);
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        showSqlToggle.selectedProperty().bindBidirectional(viewModel.showSqlProperty());
        showSqlToggle.disableProperty().bind(viewModel.sqlPreviewProperty().isEmpty());
        sqlPane.visibleProperty()
                .bind(viewModel
                        .showSqlProperty()
                        .and(showSqlToggle.disableProperty().not()));
        sqlPane.managedProperty().bind(sqlPane.visibleProperty());
        sqlPreview.textProperty().bind(viewModel.sqlPreviewProperty());
        copySqlButton.setOnAction(event -> copy(viewModel.sqlPreviewProperty().get()));
        startButton.setOnAction(event -> viewModel.startLoad());
        startButton.disableProperty().bind(viewModel.runningProperty());
        cancelButton.setOnAction(event -> viewModel.cancel());
        cancelButton.disableProperty().bind(viewModel.runningProperty().not());
        saveJobButton.setOnAction(event -> viewModel.saveJob());
        saveJobButton.disableProperty().bind(viewModel.runningProperty());
        phaseLabel.textProperty().bind(viewModel.phaseProperty());
        progressBar.progressProperty().bind(viewModel.progressProperty());
        progressLabel.textProperty().bind(viewModel.progressTextProperty());
        resultLabel.textProperty().bind(viewModel.resultProperty());
        logLevelChoice.getItems().setAll(LoadEvent.Level.values());
        LogConsole log = viewModel.log();
        logLevelChoice.valueProperty().bindBidirectional(log.levelProperty());
        logList.setItems(log.visible());
        copyLogButton.setOnAction(event -> copy(log.text()));
        saveLogButton.setOnAction(event -> log.save());
        saveLogButton.disableProperty().bind(Bindings.isEmpty(log.visible()));
        logStatusLabel.textProperty().bind(log.statusProperty());
        historyList.setItems(viewModel.history());
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
