package com.redshiftloader.ui.load;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;

/** The Load step's grid of the rows read back: one column per table column, a NULL shown as NULL in grey italics. */
final class ResultGrid {

    /** The widest a column starts (a user can still widen it): about 40 characters. */
    private static final double WIDEST_START = 320;

    /** Room beside the text: the cell's padding and the header's sort arrow. */
    private static final double PADDING = 28;

    private ResultGrid() {}

    /**
     * Makes the grid's columns those of {@code names}, each as wide as its name and the widest of its values in
     * {@code rows} need, up to {@link #WIDEST_START}.
     */
    static void columns(TableView<List<Optional<String>>> grid, List<String> names, List<List<Optional<String>>> rows) {
        grid.getColumns().clear();
        Text measure = new Text();
        for (int index = 0; index < names.size(); index++) {
            int column = index;
            TableColumn<List<Optional<String>>, Optional<String>> shown = new TableColumn<>(names.get(index));
            shown.setCellValueFactory(
                    row -> new ReadOnlyObjectWrapper<>(row.getValue().get(column)));
            shown.setCellFactory(ignored -> new ValueCell());
            double widest = width(measure, names.get(index));
            for (List<Optional<String>> row : rows) {
                widest = Math.max(widest, width(measure, row.get(column).orElse("NULL")));
            }
            shown.setPrefWidth(Math.min(WIDEST_START, widest + PADDING));
            shown.setMinWidth(Math.min(shown.getPrefWidth(), 60));
            shown.setSortable(false);
            grid.getColumns().add(shown);
        }
    }

    /** The width of the text's first line (a value with line breaks shows its first line in the cell). */
    private static double width(Text measure, String text) {
        int end = text.indexOf('\n');
        measure.setText(end < 0 ? text : text.substring(0, end));
        return measure.getLayoutBounds().getWidth();
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
