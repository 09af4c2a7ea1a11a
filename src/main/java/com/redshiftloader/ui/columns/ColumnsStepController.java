package com.redshiftloader.ui.columns;

import com.redshiftloader.domain.schema.types.DateLayout;
import com.redshiftloader.ui.common.SelectableMessage;
import java.util.function.Function;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;

/** Binds the Columns step (column table with overrides, Check values) to its ViewModel. */
public final class ColumnsStepController {

    private final ColumnsStepViewModel viewModel;

    @FXML
    private TableView<ColumnRow> columnTable;

    @FXML
    private SelectableMessage columnsProblem;

    @FXML
    private javafx.scene.control.Button checkValuesButton;

    @FXML
    private javafx.scene.control.Button cancelCheckButton;

    @FXML
    private Label checkStatus;

    @FXML
    private javafx.scene.control.ListView<String> valueProblemList;

    public ColumnsStepController(ColumnsStepViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        columnTable.setItems(viewModel.rows());
        columnTable.setPlaceholder(new Label("Choose a source file first"));
        columnTable
                .getColumns()
                .setAll(
                        checkColumn("Load", "includeColumn", ColumnRow::includeProperty),
                        textColumn("Source", "sourceColumn", row -> new ReadOnlyStringWrapper(row.source()), false),
                        textColumn("Target name", "nameColumn", ColumnRow::nameProperty, true),
                        inferredColumn(),
                        overrideColumn(),
                        dateFormatColumn(),
                        epochColumn(),
                        checkColumn("Merge key", "mergeKeyColumn", ColumnRow::mergeKeyProperty));
        double[] widths = {60, 150, 150, 150, 140, 130, 130, 90};
        for (int i = 0; i < widths.length; i++) {
            columnTable.getColumns().get(i).setPrefWidth(widths[i]);
        }
        // the constrained policy shares the width out: "Epoch numbers" needs its whole title
        columnTable.getColumns().get(6).setMinWidth(130);
        columnTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        columnsProblem.textProperty().bind(viewModel.problemProperty());
        checkValuesButton.setOnAction(event -> viewModel.checkValues());
        checkValuesButton
                .disableProperty()
                .bind(viewModel.checkingProperty().or(viewModel.validProperty().not()));
        cancelCheckButton.setOnAction(event -> viewModel.cancelCheck());
        cancelCheckButton.disableProperty().bind(viewModel.checkingProperty().not());
        checkStatus.textProperty().bind(viewModel.checkStatusProperty());
        valueProblemList.setItems(viewModel.valueProblems());
        valueProblemList.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(viewModel.valueProblems()));
        valueProblemList.managedProperty().bind(valueProblemList.visibleProperty());
    }

    private static TableColumn<ColumnRow, Boolean> checkColumn(
            String title,
            String id,
            java.util.function.Function<ColumnRow, javafx.beans.property.BooleanProperty> property) {
        TableColumn<ColumnRow, Boolean> column = new TableColumn<>(title);
        column.setId(id);
        column.setCellValueFactory(cell -> property.apply(cell.getValue()));
        column.setCellFactory(CheckBoxTableCell.forTableColumn(column));
        column.setEditable(true);
        return column;
    }

    private static TableColumn<ColumnRow, String> textColumn(
            String title,
            String id,
            java.util.function.Function<ColumnRow, javafx.beans.value.ObservableValue<String>> property,
            boolean editable) {
        TableColumn<ColumnRow, String> column = new TableColumn<>(title);
        column.setId(id);
        column.setCellValueFactory(cell -> property.apply(cell.getValue()));
        column.setEditable(editable);
        if (editable) {
            column.setCellFactory(TextFieldTableCell.forTableColumn());
            column.setOnEditCommit(edit -> ((javafx.beans.property.StringProperty) property.apply(edit.getRowValue()))
                    .set(edit.getNewValue()));
        }
        return column;
    }

    private static TableColumn<ColumnRow, String> inferredColumn() {
        TableColumn<ColumnRow, String> column = new TableColumn<>("Type");
        column.setId("typeColumn");
        column.setCellValueFactory(cell -> cell.getValue().inferredTypeProperty());
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String type, boolean empty) {
                super.updateItem(type, empty);
                setText(empty ? null : type);
                ColumnRow row =
                        empty || getTableRow() == null ? null : getTableRow().getItem();
                setTooltip(row == null ? null : new Tooltip(row.evidenceText()));
            }
        });
        return column;
    }

    private static TableColumn<ColumnRow, String> epochColumn() {
        TableColumn<ColumnRow, String> column = new TableColumn<>("Epoch numbers");
        column.setId("epochColumn");
        column.setCellValueFactory(cell -> cell.getValue().epochProperty());
        column.setCellFactory(javafx.scene.control.cell.ComboBoxTableCell.forTableColumn(
                ColumnRow.NOT_EPOCH, "epochsecs", "epochmillisecs"));
        column.setEditable(true);
        return column;
    }

    /** The user's layout, or the detected one in grey while none is given; a bad layout is marked, with why. */
    private static TableColumn<ColumnRow, String> dateFormatColumn() {
        return checkedColumn(
                "Date format",
                "dateFormatColumn",
                ColumnRow::dateFormatProperty,
                ColumnRow::dateFormatProblemProperty,
                row -> row.detectedFormatProperty().get(),
                DATE_FORMAT_HINT);
    }

    private static final String DATE_FORMAT_HINT =
            "Empty: as detected (shown in grey). Else a Redshift DATEFORMAT/TIMEFORMAT layout such as MON DD YYYY,"
                    + " made of " + DateLayout.ACCEPTED + ".";

    private static TableColumn<ColumnRow, String> overrideColumn() {
        return checkedColumn(
                "Override",
                "overrideColumn",
                ColumnRow::overrideProperty,
                ColumnRow::overrideProblemProperty,
                row -> "",
                "");
    }

    /**
     * An editable text column whose cell is marked, with why in its tooltip, while its row's problem is not empty; an
     * empty cell shows the row's placeholder in grey, with the hint as its tooltip.
     */
    private static TableColumn<ColumnRow, String> checkedColumn(
            String title,
            String id,
            Function<ColumnRow, StringProperty> property,
            Function<ColumnRow, StringBinding> problem,
            Function<ColumnRow, String> placeholder,
            String hint) {
        TableColumn<ColumnRow, String> column = textColumn(title, id, property::apply, true);
        column.setCellFactory(c -> new TextFieldTableCell<>(new javafx.util.converter.DefaultStringConverter()) {
            @Override
            public void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                ColumnRow row =
                        empty || getTableRow() == null ? null : getTableRow().getItem();
                String why = row == null ? "" : problem.apply(row).get();
                getStyleClass().removeAll("override-invalid", "detected-value");
                if (!why.isEmpty()) {
                    getStyleClass().add("override-invalid");
                } else if (row != null && !isEditing() && (text == null || text.isBlank())) {
                    getStyleClass().add("detected-value");
                    setText(placeholder.apply(row));
                }
                String tip = why.isEmpty() && row != null ? hint : why;
                setTooltip(tip.isEmpty() ? null : new Tooltip(tip));
            }
        });
        return column;
    }
}
