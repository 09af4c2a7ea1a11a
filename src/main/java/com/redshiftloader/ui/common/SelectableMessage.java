package com.redshiftloader.ui.common;

import javafx.beans.NamedArg;
import javafx.geometry.Insets;
import javafx.scene.control.TextArea;
import javafx.scene.text.Text;

/**
 * A message the user must be able to read in full and copy (an error and its fix): it wraps, grows to show every
 * line, and its text can be selected and copied like any text field's. It looks like a label (style class
 * {@code selectable-message}), is hidden while empty, and takes no focus by Tab.
 */
public final class SelectableMessage extends TextArea {

    private final Text measure = new Text();

    public SelectableMessage() {
        this("");
    }

    public SelectableMessage(@NamedArg("text") String text) {
        super(text);
        getStyleClass().add("selectable-message");
        setEditable(false);
        setWrapText(true);
        setFocusTraversable(false);
        setPrefRowCount(1);
        setMinHeight(USE_PREF_SIZE);
        visibleProperty().bind(textProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
        textProperty().addListener((observable, before, after) -> requestLayout());
        widthProperty().addListener((observable, before, after) -> requestLayout());
    }

    /** As tall as the wrapped text at the current width, so that no line is hidden behind a scroll bar. */
    @Override
    protected double computePrefHeight(double width) {
        double available = (width > 0 ? width : getWidth()) - horizontalPadding();
        measure.setFont(getFont());
        measure.setText(getText() == null || getText().isEmpty() ? " " : getText());
        measure.setWrappingWidth(Math.max(available, 20));
        Insets insets = getInsets();
        // the text's own height, the area's padding, and a little for the content's inner insets
        return Math.ceil(measure.getLayoutBounds().getHeight()) + insets.getTop() + insets.getBottom() + 8;
    }

    private double horizontalPadding() {
        Insets insets = getInsets();
        return insets.getLeft() + insets.getRight() + 16; // the content's inner padding and the caret's room
    }
}
