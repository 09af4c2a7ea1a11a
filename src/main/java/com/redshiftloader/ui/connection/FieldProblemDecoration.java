package com.redshiftloader.ui.connection;

import java.util.Collection;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.decoration.Decoration;
import org.controlsfx.control.decoration.GraphicDecoration;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;

/**
 * The editor's ✗ marker: centred on the left edge of its field, so it sits on the field's row rather than on the
 * line between two rows (ControlsFX puts it on the bottom-left corner), with a hint that wraps within the window.
 * The marker's id is the field's id with {@code -problem} after it.
 */
final class FieldProblemDecoration extends GraphicValidationDecoration {

    /** Wide enough for a sentence or two, narrow enough for the smallest window the app supports. */
    static final double HINT_WIDTH = 420;

    @Override
    protected Node createDecorationNode(ValidationMessage message) {
        Node marker = super.createDecorationNode(message);
        if (message.getTarget() != null && message.getTarget().getId() != null) {
            marker.setId(message.getTarget().getId() + "-problem");
        }
        return marker;
    }

    @Override
    protected Tooltip createTooltip(ValidationMessage message) {
        Tooltip hint = super.createTooltip(message);
        hint.setWrapText(true);
        hint.setMaxWidth(HINT_WIDTH);
        return hint;
    }

    @Override
    protected Collection<Decoration> createValidationDecorations(ValidationMessage message) {
        return List.of(new GraphicDecoration(createDecorationNode(message), Pos.CENTER_LEFT));
    }
}
