package com.redshiftloader.ui.source;

import com.redshiftloader.domain.source.SourceFormat;
import com.redshiftloader.domain.source.SourceRecord;
import java.io.File;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Region;

/** Binds the Source step (file, settings, preview table, scan progress) to its ViewModel. */
public final class SourceStepController {

    private final SourceStepViewModel viewModel;

    @FXML
    private Region dropArea;

    @FXML
    private Button chooseFileButton;

    @FXML
    private Label chosenFileLabel;

    @FXML
    private Region settingsBar;

    @FXML
    private ComboBox<SourceFormat> formatChoice;

    @FXML
    private ComboBox<String> encodingChoice;

    @FXML
    private ComboBox<String> delimiterChoice;

    @FXML
    private TextField quoteField;

    @FXML
    private Label delimiterLabel;

    @FXML
    private Label quoteLabel;

    @FXML
    private Label skipLinesLabel;

    @FXML
    private CheckBox headerCheck;

    @FXML
    private CheckBox fillMissingCheck;

    @FXML
    private CheckBox replaceBadBytesCheck;

    @FXML
    private Label encodingEvidenceLabel;

    @FXML
    private CheckBox emptyIsNullCheck;

    @FXML
    private Label nullTokensLabel;

    @FXML
    private TextField nullTokensField;

    @FXML
    private CheckBox trimCheck;

    @FXML
    private CheckBox multilineValuesCheck;

    @FXML
    private TextField skipLinesField;

    @FXML
    private CheckBox gzipCheck;

    @FXML
    private com.redshiftloader.ui.common.SelectableMessage errorLabel;

    @FXML
    private TableView<SourceRecord> previewTable;

    /** Whether a new file was chosen whose preview has not been scrolled back to its start yet. */
    private boolean newFile;

    @FXML
    private ListView<String> warningList;

    @FXML
    private ProgressBar scanProgress;

    @FXML
    private Label scanStatus;

    @FXML
    private Hyperlink warningsLink;

    @FXML
    private Button cancelScanButton;

    public SourceStepController(SourceStepViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        chooseFileButton.setOnAction(event -> viewModel.chooseFile());
        chosenFileLabel.textProperty().bind(viewModel.fileTextProperty());
        dropArea.setOnDragOver(this::acceptFiles);
        dropArea.setOnDragDropped(this::takeFile);
        bindSettings();
        errorLabel.textProperty().bind(viewModel.errorProperty());
        previewTable.setItems(viewModel.previewRows());
        previewTable.setPlaceholder(new Label("The first rows of the file appear here"));
        viewModel.previewColumns().addListener((ListChangeListener<String>)
                change -> showColumns(viewModel.previewColumns()));
        viewModel.fileProperty().addListener((observable, before, file) -> newFile = true);
        viewModel.previewProperty().addListener((observable, before, preview) -> startAtTheTop());
        warningList.setItems(viewModel.warnings());
        warningList.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(viewModel.warnings()));
        warningList.managedProperty().bind(warningList.visibleProperty());
        scanProgress.progressProperty().bind(viewModel.scanProgressProperty());
        scanStatus.textProperty().bind(viewModel.scanStatusProperty());
        warningsLink.textProperty().bind(viewModel.warningsLinkTextProperty());
        warningsLink.visibleProperty().bind(viewModel.warningsLinkTextProperty().isNotEmpty());
        warningsLink.managedProperty().bind(warningsLink.visibleProperty());
        warningsLink.setOnAction(event -> viewModel.showWarnings());
        cancelScanButton.setOnAction(event -> viewModel.cancelScan());
        cancelScanButton.disableProperty().bind(viewModel.scanningProperty().not());
    }

    private void bindSettings() {
        SourceSettingsForm settings = viewModel.settings();
        settingsBar.disableProperty().bind(viewModel.previewProperty().isNull());
        formatChoice.setItems(SourceStepViewModel.formats());
        formatChoice.valueProperty().bindBidirectional(settings.formatProperty());
        encodingChoice.getItems().setAll("UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", "ISO-8859-1");
        encodingChoice.valueProperty().bindBidirectional(settings.encodingProperty());
        delimiterChoice.getItems().setAll(",", ";", SourceSettingsForm.TAB, "|");
        delimiterChoice.valueProperty().bindBidirectional(settings.delimiterProperty());
        quoteField.textProperty().bindBidirectional(settings.quoteProperty());
        headerCheck.selectedProperty().bindBidirectional(settings.headerProperty());
        fillMissingCheck.selectedProperty().bindBidirectional(settings.fillMissingProperty());
        multilineValuesCheck.selectedProperty().bindBidirectional(settings.multilineValuesProperty());
        replaceBadBytesCheck.selectedProperty().bindBidirectional(settings.replaceBadBytesProperty());
        encodingEvidenceLabel.textProperty().bind(viewModel.encodingEvidenceProperty());
        emptyIsNullCheck.selectedProperty().bindBidirectional(settings.emptyIsNullProperty());
        nullTokensLabel.setLabelFor(nullTokensField);
        nullTokensField.textProperty().bindBidirectional(settings.nullTokensProperty());
        trimCheck.selectedProperty().bindBidirectional(settings.trimProperty());
        skipLinesField.textProperty().bindBidirectional(settings.skipLinesProperty());
        gzipCheck.selectedProperty().bindBidirectional(settings.gzipProperty());
        for (Node delimitedOnly : List.of(
                delimiterLabel,
                delimiterChoice,
                quoteLabel,
                quoteField,
                headerCheck,
                skipLinesLabel,
                skipLinesField,
                fillMissingCheck,
                multilineValuesCheck)) {
            delimitedOnly.disableProperty().bind(viewModel.delimitedOnlyDisabledProperty());
        }
    }

    /** A new file's preview opens at its first row and column, not where the previous file's was scrolled to. */
    private void startAtTheTop() {
        if (newFile && viewModel.previewProperty().get() != null) {
            previewTable.scrollTo(0);
            if (!previewTable.getColumns().isEmpty()) {
                previewTable.scrollToColumnIndex(0);
            }
            javafx.application.Platform.runLater(() -> newFile = false); // after the new file's columns are shown
        }
    }

    private void showColumns(List<String> names) {
        previewTable.getColumns().clear();
        for (int i = 0; i < names.size(); i++) {
            int position = i;
            TableColumn<SourceRecord, String> column = new TableColumn<>(names.get(i));
            column.setCellValueFactory(cell ->
                    new ReadOnlyStringWrapper(cell.getValue().field(position).orElse(null)));
            column.setSortable(false);
            previewTable.getColumns().add(column);
        }
        startAtTheTop();
    }

    private void acceptFiles(DragEvent event) {
        if (event.getDragboard().hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void takeFile(DragEvent event) {
        List<File> files = event.getDragboard().getFiles();
        if (!files.isEmpty()) {
            viewModel.acceptDroppedFile(files.getFirst().toPath());
        }
        event.setDropCompleted(!files.isEmpty());
        event.consume();
    }
}
