package com.redshiftloader.ui.load;

import com.redshiftloader.domain.load.LoadEvent;
import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoadPath;
import com.redshiftloader.ui.common.LogConsole;
import com.redshiftloader.ui.common.LogLine;
import java.util.List;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
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
    private TextArea resultText;

    @FXML
    private TabPane outputTabs;

    @FXML
    private Tab logTab;

    @FXML
    private Tab resultTab;

    @FXML
    private Tab rejectsTab;

    @FXML
    private Label countsLabel;

    @FXML
    private HBox sandboxPane;

    @FXML
    private Label sandboxLabel;

    @FXML
    private Button copyConnectionButton;

    @FXML
    private TextField querySqlField;

    @FXML
    private Button copyQueryButton;

    @FXML
    private Label gridStatusLabel;

    @FXML
    private Button copyGridButton;

    @FXML
    private TableView<List<Optional<String>>> resultGrid;

    @FXML
    private Label rejectsStatusLabel;

    @FXML
    private Button openRejectsButton;

    @FXML
    private TableView<LoadResultViewModel.RejectedLine> rejectsTable;

    @FXML
    private TableColumn<LoadResultViewModel.RejectedLine, String> rejectLineColumn;

    @FXML
    private TableColumn<LoadResultViewModel.RejectedLine, String> rejectReasonColumn;

    @FXML
    private TableColumn<LoadResultViewModel.RejectedLine, String> rejectFieldsColumn;

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
        bindPlan();
    }

    private void bindPlan() {
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
        bindRun();
    }

    private void bindRun() {
        startButton.setOnAction(event -> viewModel.startLoad());
        startButton.disableProperty().bind(viewModel.runningProperty());
        cancelButton.setOnAction(event -> viewModel.cancel());
        cancelButton.disableProperty().bind(viewModel.runningProperty().not());
        saveJobButton.setOnAction(event -> viewModel.saveJob());
        saveJobButton.disableProperty().bind(viewModel.runningProperty());
        phaseLabel.textProperty().bind(viewModel.phaseProperty());
        progressBar.progressProperty().bind(viewModel.progressProperty());
        progressLabel.textProperty().bind(viewModel.progressTextProperty());
        resultText.textProperty().bind(viewModel.resultProperty());
        resultText.visibleProperty().bind(viewModel.resultProperty().isNotEmpty());
        resultText.managedProperty().bind(resultText.visibleProperty());
        // one line for a result, room for a failure's message and its fix (the rest scrolls)
        resultText
                .prefRowCountProperty()
                .bind(Bindings.createIntegerBinding(
                        () -> viewModel.resultProperty().get().length() > 120
                                        || viewModel.resultProperty().get().contains("\n")
                                ? 3
                                : 1,
                        viewModel.resultProperty()));
        viewModel.runningProperty().addListener((observable, was, now) -> {
            if (now) {
                outputTabs.getSelectionModel().select(logTab);
            }
        });
        bindLog();
        bindResult(viewModel.results());
        bindRejects(viewModel.results());
        historyList.setItems(viewModel.history());
    }

    private void bindLog() {
        logLevelChoice.getItems().setAll(LoadEvent.Level.values());
        LogConsole log = viewModel.log();
        logLevelChoice.valueProperty().bindBidirectional(log.levelProperty());
        logList.setItems(log.visible());
        copyLogButton.setOnAction(event -> copy(log.text()));
        saveLogButton.setOnAction(event -> log.save());
        saveLogButton.disableProperty().bind(Bindings.isEmpty(log.visible()));
        logStatusLabel.textProperty().bind(log.statusProperty());
    }

    private void bindResult(LoadResultViewModel results) {
        countsLabel.textProperty().bind(results.countsProperty());
        sandboxLabel.textProperty().bind(results.sandboxInfoProperty());
        sandboxPane.visibleProperty().bind(results.sandboxInfoProperty().isNotEmpty());
        sandboxPane.managedProperty().bind(sandboxPane.visibleProperty());
        copyConnectionButton.setOnAction(
                event -> copy(results.connectionStringProperty().get()));
        querySqlField.textProperty().bind(results.queryProperty());
        copyQueryButton.setOnAction(event -> copy(results.queryProperty().get()));
        copyQueryButton.disableProperty().bind(results.queryProperty().isEmpty());
        gridStatusLabel.textProperty().bind(results.gridStatusProperty());
        copyGridButton.setOnAction(event -> copy(results.gridAsText()));
        copyGridButton.disableProperty().bind(Bindings.isEmpty(results.columns()));
        resultGrid.setItems(results.rows());
        resultGrid.setPlaceholder(new Label("The rows of the table appear here after a load."));
        resultGrid.visibleProperty().bind(results.landedProperty());
        results.columns().addListener((InvalidationListener)
                observable -> ResultGrid.columns(resultGrid, results.columns(), results.rows()));
        results.landedProperty().addListener((observable, was, now) -> {
            if (now) {
                outputTabs.getSelectionModel().select(resultTab);
            }
        });
    }

    private void bindRejects(LoadResultViewModel results) {
        rejectsStatusLabel.textProperty().bind(results.rejectsStatusProperty());
        openRejectsButton.setOnAction(event -> results.openRejectsFile());
        openRejectsButton.disableProperty().bind(results.rejectsStatusProperty().isEmpty());
        rejectsTable.setItems(results.rejected());
        rejectsTable.setPlaceholder(new Label("No row was rejected."));
        rejectLineColumn.setCellValueFactory(
                row -> new ReadOnlyStringWrapper(row.getValue().line()));
        rejectReasonColumn.setCellValueFactory(
                row -> new ReadOnlyStringWrapper(row.getValue().reason()));
        rejectFieldsColumn.setCellValueFactory(
                row -> new ReadOnlyStringWrapper(row.getValue().fields()));
        rejectsTab.textProperty().bind(results.rejectsTitleProperty());
        results.rejected().addListener((InvalidationListener) observable -> {
            if (!results.rejected().isEmpty() && !results.landedProperty().get()) {
                outputTabs.getSelectionModel().select(rejectsTab);
            }
        });
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
