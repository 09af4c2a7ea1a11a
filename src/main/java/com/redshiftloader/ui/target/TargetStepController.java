package com.redshiftloader.ui.target;

import com.redshiftloader.domain.target.TableSummary;
import com.redshiftloader.ui.common.UiCounts;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Binds the Target step (new or existing table, the list of tables, the column mapping, the SQL) to its ViewModel. */
public final class TargetStepController {

    private final TargetStepViewModel viewModel;

    @FXML
    private ToggleGroup targetKind;

    @FXML
    private RadioButton newTableRadio;

    @FXML
    private RadioButton existingTableRadio;

    @FXML
    private GridPane newTableForm;

    @FXML
    private TextField schemaField;

    @FXML
    private TextField tableField;

    @FXML
    private TextField filterField;

    @FXML
    private Button refreshButton;

    @FXML
    private TableView<TableSummary> tableList;

    @FXML
    private TextArea catalogMessage;

    @FXML
    private Label rowsLabel;

    @FXML
    private TableView<MappingRow> mappingTable;

    @FXML
    private Label targetSqlTitle;

    @FXML
    private TextArea targetSqlPreview;

    @FXML
    private TextArea targetProblem;

    public TargetStepController(TargetStepViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        bindKind();
        schemaField.textProperty().bindBidirectional(viewModel.schemaProperty());
        tableField.textProperty().bindBidirectional(viewModel.tableNameProperty());
        newTableForm.disableProperty().bind(viewModel.existingProperty());
        filterField.textProperty().bindBidirectional(viewModel.filterProperty());
        refreshButton.setOnAction(event -> viewModel.readTables());
        refreshButton.disableProperty().bind(viewModel.readingProperty());
        bindTableList();
        shown(catalogMessage, viewModel.catalogMessageProperty());
        rowsLabel.textProperty().bind(viewModel.rowsTextProperty());
        bindMapping();
        targetSqlTitle
                .textProperty()
                .bind(Bindings.when(viewModel.existingProperty())
                        .then("ALTER TABLE preview (the columns the load adds)")
                        .otherwise("CREATE TABLE preview"));
        targetSqlPreview.textProperty().bind(viewModel.sqlPreviewProperty());
        shown(targetProblem, viewModel.problemProperty());
    }

    private void bindKind() {
        Runnable show =
                () -> targetKind.selectToggle(viewModel.existingProperty().get() ? existingTableRadio : newTableRadio);
        viewModel.existingProperty().addListener((observable, before, now) -> show.run());
        show.run();
        targetKind.selectedToggleProperty().addListener((observable, before, now) -> {
            if (now != null) {
                viewModel.existingProperty().set(now == existingTableRadio);
            }
        });
    }

    private void bindTableList() {
        tableList.setItems(viewModel.tables());
        tableList.setPlaceholder(new Label("No tables to show"));
        TableColumn<TableSummary, String> name =
                column("Table", "tableNameColumn", t -> t.name().toString());
        TableColumn<TableSummary, String> rows = column(
                "Rows",
                "tableRowsColumn",
                t -> t.rows().isPresent() ? UiCounts.of(t.rows().getAsLong(), "row") : "not readable");
        name.setPrefWidth(180);
        rows.setPrefWidth(90);
        tableList.getColumns().setAll(name, rows);
        tableList.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tableList.disableProperty().bind(viewModel.existingProperty().not());
        tableList.getSelectionModel().selectedItemProperty().addListener((observable, before, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((observable, before, now) -> tableList
                .getSelectionModel()
                .select(now));
    }

    private void bindMapping() {
        mappingTable.setItems(viewModel.mapping().rows());
        mappingTable.setPlaceholder(new Label("Pick a table from the list to map the file's columns onto it."));
        TableColumn<MappingRow, String> target = new TableColumn<>("Target column");
        target.setId("targetColumn");
        target.setCellValueFactory(cell -> cell.getValue().targetProperty());
        target.setCellFactory(
                column -> new ComboBoxTableCell<>(viewModel.mapping().choices()) {
                    @Override
                    public void startEdit() {
                        if (getTableRow() != null
                                && getTableRow().getItem() != null
                                && getTableRow().getItem().isFileColumn()) {
                            super.startEdit();
                        }
                    }
                });
        target.setEditable(true);
        TableColumn<MappingRow, String> status = new TableColumn<>("Status");
        status.setId("statusColumn");
        status.setCellValueFactory(cell -> cell.getValue().statusProperty());
        status.setCellFactory(column -> new WrappingCell<>());
        mappingTable
                .getColumns()
                .setAll(
                        column("File column", "fileColumn", row -> row.isFileColumn() ? row.source() : "(not in file)"),
                        column("File type", "fileTypeColumn", MappingRow::fileType),
                        target,
                        mappingColumn("Table type", "tableTypeColumn", MappingRow::tableTypeProperty),
                        status);
        double[] widths = {120, 130, 140, 150, 200};
        for (int i = 0; i < widths.length; i++) {
            mappingTable.getColumns().get(i).setPrefWidth(widths[i]);
        }
        mappingTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // A new table has nothing to map: its CREATE TABLE takes the room.
        mappingTable.visibleProperty().bind(viewModel.existingProperty());
        mappingTable.managedProperty().bind(mappingTable.visibleProperty());
        Runnable grow = () ->
                VBox.setVgrow(targetSqlPreview, viewModel.existingProperty().get() ? Priority.NEVER : Priority.ALWAYS);
        viewModel.existingProperty().addListener((observable, before, now) -> grow.run());
        grow.run();
    }

    /**
     * A cell that wraps its text rather than cut it ("character varying(100)", a value that does not fit with its
     * line), with the whole text in a tooltip too.
     */
    private static final class WrappingCell<S> extends TableCell<S, String> {
        WrappingCell() {
            setWrapText(true);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
        }
    }

    private static <S> TableColumn<S, String> column(String title, String id, Function<S, String> text) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setId(id);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setCellFactory(cells -> new WrappingCell<>());
        return column;
    }

    private static TableColumn<MappingRow, String> mappingColumn(
            String title, String id, Function<MappingRow, ObservableValue<String>> property) {
        TableColumn<MappingRow, String> column = new TableColumn<>(title);
        column.setId(id);
        column.setCellValueFactory(cell -> property.apply(cell.getValue()));
        column.setCellFactory(cells -> new WrappingCell<>());
        return column;
    }

    private static void shown(TextArea area, ObservableValue<String> text) {
        area.textProperty().bind(text);
        area.visibleProperty()
                .bind(Bindings.createBooleanBinding(() -> !text.getValue().isEmpty(), text));
        area.managedProperty().bind(area.visibleProperty());
    }
}
