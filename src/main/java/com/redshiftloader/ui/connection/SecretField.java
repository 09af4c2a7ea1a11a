package com.redshiftloader.ui.connection;

import javafx.beans.property.StringProperty;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;

/** A masked field with a button that reveals the value while it is pressed in. */
final class SecretField extends HBox {

    private final PasswordField masked = new PasswordField();
    private final TextField revealed = new TextField();
    private final ToggleButton reveal = new ToggleButton();

    SecretField(String id, StringProperty value, String prompt) {
        createView(id, prompt);
        bind(value);
    }

    private void createView(String id, String prompt) {
        masked.setId(id);
        revealed.setId(id + "-revealed");
        reveal.setId(id + "-reveal");
        masked.setPromptText(prompt);
        revealed.setPromptText(prompt);
        reveal.setGraphic(new FontIcon("fth-eye"));
        reveal.setTooltip(new Tooltip("Show the value"));
        reveal.setFocusTraversable(false);
        StackPane fields = new StackPane(masked, revealed);
        HBox.setHgrow(fields, Priority.ALWAYS);
        setSpacing(4);
        getChildren().setAll(fields, reveal);
    }

    private void bind(StringProperty value) {
        masked.textProperty().bindBidirectional(value);
        revealed.textProperty().bindBidirectional(value);
        revealed.visibleProperty().bind(reveal.selectedProperty());
        masked.visibleProperty().bind(reveal.selectedProperty().not());
    }

    /** The field that validation decorations attach to. */
    PasswordField maskedField() {
        return masked;
    }
}
