package com.redshiftloader.app;

import com.redshiftloader.domain.connection.ConnectionTester;
import com.redshiftloader.infra.files.FileSourceInspector;
import com.redshiftloader.infra.load.rejects.RejectsReader;
import com.redshiftloader.infra.sandbox.LocalSandbox;
import com.redshiftloader.ui.common.FxDialogService;
import com.redshiftloader.ui.shell.UiPreferences;
import com.redshiftloader.ui.task.FxBackgroundTasks;
import java.util.Optional;
import javafx.application.Application;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: only reached when Main starts the GUI. */
public final class GuiApplication extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(GuiApplication.class);

    private LocalSandbox sandbox;

    @Override
    public void start(Stage stage) {
        AppServices services = AppServices.forCurrentUser();
        sandbox = services.sandbox();
        var profiles = new StoreProfileService(services.profileStore(Optional.empty()), services.binder(), sandbox);
        ConnectionTester tester = services.tester();
        new GuiComposition(new GuiServices(
                        UiPreferences.forCurrentUser(),
                        new FxDialogService(() -> stage, getHostServices()::showDocument),
                        profiles,
                        tester,
                        new FileSourceInspector(),
                        services::loader,
                        new FxBackgroundTasks(),
                        services.runHistory(),
                        services.targets(),
                        services.tableRows(),
                        new RejectsReader()))
                .show(stage);
        LOG.info(
                "Main window shown: Redshift Loader {} on Java {}, JavaFX {}",
                AppVersion.current(),
                System.getProperty("java.version"),
                System.getProperty("javafx.runtime.version"));
    }

    @Override
    public void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
