package com.redshiftloader.app;

import javafx.application.Application;

/** Starts the JavaFX application; kept apart from Main so that the command line never loads a JavaFX class. */
final class GuiLauncher {

    private GuiLauncher() {}

    static void launch() {
        Application.launch(GuiApplication.class);
    }
}
