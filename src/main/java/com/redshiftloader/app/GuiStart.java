package com.redshiftloader.app;

import javafx.application.Application;

/**
 * Launches the JavaFX application. {@link GuiLauncher} calls it through the class loader that sees JavaFX as
 * modules, so that this class and everything the window uses are loaded there, not from the class path.
 */
final class GuiStart {

    private GuiStart() {}

    /** Opens the window; returns a non-zero exit code, after saying why, when there is no desktop to open it on. */
    static int launch() {
        try {
            Application.launch(GuiApplication.class);
            return 0;
        } catch (UnsupportedOperationException | IllegalStateException e) {
            System.err.println("The desktop application cannot start here: " + e.getMessage());
            System.err.println("It needs a desktop session (on Linux: a display and GTK 3, package libgtk-3-0)."
                    + " Without one, use the command line: redshift-loader --help");
            return 1;
        }
    }
}
