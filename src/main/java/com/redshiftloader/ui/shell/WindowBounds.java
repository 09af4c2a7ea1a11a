package com.redshiftloader.ui.shell;

import java.util.List;
import javafx.geometry.Rectangle2D;

/** Where the main window was and how large, to restore it at the next start. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

    public static final double MIN_WIDTH = 800;
    public static final double MIN_HEIGHT = 560;

    public WindowBounds {
        width = Math.max(width, MIN_WIDTH);
        height = Math.max(height, MIN_HEIGHT);
    }

    /**
     * Whether enough of the window (its title bar area) lies on one of the screens to be grabbed; a screen that
     * was unplugged since must not leave the window out of reach.
     */
    public boolean isReachableOn(List<Rectangle2D> screens) {
        Rectangle2D titleBar = new Rectangle2D(x, y, width, 40);
        return screens.stream().anyMatch(screen -> screen.intersects(titleBar));
    }
}
