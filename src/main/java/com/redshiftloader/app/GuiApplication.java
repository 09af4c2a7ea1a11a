package com.redshiftloader.app;

import com.redshiftloader.ui.shell.FxDialogService;
import com.redshiftloader.ui.shell.UiPreferences;
import javafx.application.Application;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: only reached when Main starts the GUI. */
public final class GuiApplication extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(GuiApplication.class);

    @Override
    public void start(Stage stage) {
        new GuiComposition(UiPreferences.forCurrentUser(), new FxDialogService(() -> stage)).show(stage);
        LOG.info(
                "Main window shown: Redshift Loader {} on Java {}, JavaFX {}",
                AppVersion.current(),
                System.getProperty("java.version"),
                System.getProperty("javafx.runtime.version"));
    }
}
