package com.redshiftloader.ui.connection;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Shows one connection-test step: ✓/✗, its name, duration, and what it found or what to do. */
final class CheckRowCell extends ListCell<CheckRow> {

    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    private static final PseudoClass PASSED = PseudoClass.getPseudoClass("passed");

    private final Label symbol = new Label();
    private final Label title = new Label();
    private final Label duration = new Label();
    private final Label message = new Label();
    private final Label fix = new Label();
    private final VBox box;

    CheckRowCell() {
        symbol.getStyleClass().add("check-symbol");
        title.getStyleClass().add("check-title");
        duration.getStyleClass().add("check-duration");
        title.setMinWidth(210); // the messages start in one column
        duration.setMinWidth(56);
        message.setWrapText(true);
        fix.setWrapText(true);
        fix.getStyleClass().add("check-fix");
        HBox line = new HBox(8, symbol, title, duration, message);
        HBox.setHgrow(message, Priority.ALWAYS);
        box = new VBox(2, line, fix);
    }

    @Override
    protected void updateItem(CheckRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            setId(null);
            return;
        }
        setId("check-" + row.check().name().toLowerCase(java.util.Locale.ROOT));
        symbol.setText(row.status().symbol());
        title.setText(row.check().title());
        duration.setText(row.durationText());
        message.setText(row.message());
        fix.setText(row.fix());
        fix.setVisible(!row.fix().isEmpty());
        fix.setManaged(!row.fix().isEmpty());
        pseudoClassStateChanged(FAILED, row.status() == CheckRow.Status.FAILED);
        pseudoClassStateChanged(PASSED, row.status() == CheckRow.Status.PASSED);
        setGraphic(box);
    }
}
