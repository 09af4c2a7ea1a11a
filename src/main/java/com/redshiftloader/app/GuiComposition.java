package com.redshiftloader.app;

import com.redshiftloader.domain.load.LoadJobWriter;
import com.redshiftloader.infra.store.JobFiles;
import com.redshiftloader.ui.columns.ColumnsStepController;
import com.redshiftloader.ui.columns.ColumnsStepViewModel;
import com.redshiftloader.ui.common.LogSaver;
import com.redshiftloader.ui.common.LogWriter;
import com.redshiftloader.ui.connection.ConnectionStepController;
import com.redshiftloader.ui.connection.ConnectionStepViewModel;
import com.redshiftloader.ui.load.JobSaver;
import com.redshiftloader.ui.load.LoadResultViewModel;
import com.redshiftloader.ui.load.LoadStepController;
import com.redshiftloader.ui.load.LoadStepInput;
import com.redshiftloader.ui.load.LoadStepViewModel;
import com.redshiftloader.ui.load.WizardJobSource;
import com.redshiftloader.ui.load.WizardPlanSource;
import com.redshiftloader.ui.shell.MainViewController;
import com.redshiftloader.ui.shell.MainViewModel;
import com.redshiftloader.ui.shell.MainWindow;
import com.redshiftloader.ui.shell.ThemeApplier;
import com.redshiftloader.ui.shell.ThemeViewModel;
import com.redshiftloader.ui.shell.UiPreferences;
import com.redshiftloader.ui.source.SourceStepController;
import com.redshiftloader.ui.source.SourceStepViewModel;
import com.redshiftloader.ui.target.TargetStepController;
import com.redshiftloader.ui.target.TargetStepViewModel;
import com.redshiftloader.ui.wizard.StepHandover;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.stage.Stage;

/** The GUI's composition root: builds the ViewModels, loads the views with their controllers, shows the window. */
public final class GuiComposition {

    private final GuiServices services;
    private final LoadJobWriter jobFiles;
    private final LogWriter logFiles;

    /** The window that saves jobs as YAML and logs as UTF-8 text. */
    public GuiComposition(GuiServices services) {
        this(services, new JobFiles(), LogWriter.UTF8_TEXT);
    }

    public GuiComposition(GuiServices services, LoadJobWriter jobFiles, LogWriter logFiles) {
        this.services = services;
        this.jobFiles = jobFiles;
        this.logFiles = logFiles;
    }

    /** Builds the main window into the stage and shows it; returns its ViewModel. Call on the FX thread. */
    public MainViewModel show(Stage stage) {
        UiPreferences preferences = services.preferences();
        ThemeViewModel theme = new ThemeViewModel(preferences.themeMode(), ThemeApplier.systemPrefersDark());
        theme.modeProperty().addListener((observable, before, after) -> preferences.saveThemeMode(after));
        ThemeApplier.follow(theme);
        ConnectionStepViewModel connection = new ConnectionStepViewModel(
                services.profiles(), services.tester(), services.tasks(), services.dialogs());
        SourceStepViewModel source =
                new SourceStepViewModel(services.inspector(), services.tasks(), services.dialogs());
        ColumnsStepViewModel columns =
                StepHandover.columnsStep(source, connection::chosenProfile, services.inspector(), services.tasks());
        TargetStepViewModel target = new TargetStepViewModel(
                StepHandover.targetFeed(connection, source, columns),
                services.targets(),
                services.profiles()::startSandbox,
                services.tasks());
        Supplier<LoadStepInput> loadInput = StepHandover.loadStepInput(connection, source, columns, target);
        MainViewModel viewModel = new MainViewModel(
                connection,
                source,
                columns,
                target,
                new LoadStepViewModel(
                        services.loaders(),
                        services.tasks(),
                        new WizardPlanSource(loadInput),
                        new JobSaver(new WizardJobSource(loadInput), services.dialogs(), jobFiles, services.tasks()),
                        new LogSaver(services.dialogs(), services.tasks(), logFiles),
                        services.profiles()::startSandbox,
                        services.runHistory(),
                        new LoadResultViewModel(
                                services.tableRows(), services.rejectedRows(), services.tasks(), services.dialogs()),
                        services.dialogs()),
                theme,
                AppVersion.current());
        MainWindow.show(stage, loadMainView(viewModel), preferences);
        return viewModel;
    }

    private static Parent loadMainView(MainViewModel viewModel) {
        ControllerFactory controllers = new ControllerFactory()
                .register(MainViewController.class, () -> new MainViewController(viewModel))
                .register(ConnectionStepController.class, () -> new ConnectionStepController(viewModel.connection()))
                .register(SourceStepController.class, () -> new SourceStepController(viewModel.source()))
                .register(ColumnsStepController.class, () -> new ColumnsStepController(viewModel.columns()))
                .register(TargetStepController.class, () -> new TargetStepController(viewModel.target()))
                .register(LoadStepController.class, () -> new LoadStepController(viewModel.load()));
        FXMLLoader loader = new FXMLLoader(MainViewController.class.getResource("MainView.fxml"));
        loader.setControllerFactory(controllers);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("The main window's layout could not be loaded", e);
        }
    }
}
