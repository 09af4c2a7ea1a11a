package com.redshiftloader.ui.load;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The Load step's grid of the rows read back: one column per table column, a NULL shown as NULL in grey italics. */
final class ResultGrid {

    /** Room for a header or a value of this many characters before a column grows no wider by itself. */
    private static final int WIDEST_START = 40;

    private ResultGrid() {}

    /** Makes the grid's columns those of {@code names}, each as wide as its name needs. */
    static void columns(TableView<List<Optional<String>>> grid, List<String> names) {
        grid.getColumns().clear();
        for (int index = 0; index < names.size(); index++) {
            int column = index;
            TableColumn<List<Optional<String>>, Optional<String>> shown = new TableColumn<>(names.get(index));
            shown.setCellValueFactory(
                    row -> new ReadOnlyObjectWrapper<>(row.getValue().get(column)));
            shown.setCellFactory(ignored -> new ValueCell());
            shown.setMinWidth(Math.min(WIDEST_START, names.get(index).length()) * 8.0 + 32);
            shown.setPrefWidth(Math.max(shown.getMinWidth(), 110));
            shown.setSortable(false);
            grid.getColumns().add(shown);
        }
    }

    /** A value as text; a NULL as the word, styled apart so that it does not read as the text "NULL". */
    private static final class ValueCell extends TableCell<List<Optional<String>>, Optional<String>> {
        @Override
        protected void updateItem(Optional<String> value, boolean empty) {
            super.updateItem(value, empty);
            getStyleClass().remove("null-value");
            if (empty || value == null) {
                setText(null);
            } else if (value.isEmpty()) {
                setText("NULL");
                getStyleClass().add("null-value");
            } else {
                setText(value.get());
            }
        }
    }
}
