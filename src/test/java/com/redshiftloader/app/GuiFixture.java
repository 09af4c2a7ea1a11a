package com.redshiftloader.app;

import com.redshiftloader.domain.connection.ConnectionTester;
import com.redshiftloader.domain.load.LoaderFactory;
import com.redshiftloader.domain.load.RunHistory;
import com.redshiftloader.domain.profile.ProfileBinder;
import com.redshiftloader.domain.target.TargetCatalog;
import com.redshiftloader.infra.aws.RedshiftCredentialsProvider;
import com.redshiftloader.infra.files.FileSourceInspector;
import com.redshiftloader.infra.jdbc.JdbcConnector;
import com.redshiftloader.infra.load.JdbcLoader;
import com.redshiftloader.infra.load.MergeStrategy;
import com.redshiftloader.infra.load.target.JdbcTargetCatalog;
import com.redshiftloader.infra.sandbox.LocalSandbox;
import com.redshiftloader.infra.store.ProfileStore;
import com.redshiftloader.infra.store.RunHistoryFile;
import com.redshiftloader.ui.common.DialogService;
import com.redshiftloader.ui.connection.ProfileService;
import com.redshiftloader.ui.shell.MainViewModel;
import com.redshiftloader.ui.shell.UiPreferences;
import com.redshiftloader.ui.task.BackgroundTasks;
import com.redshiftloader.ui.task.FxBackgroundTasks;
import com.redshiftloader.ui.wizard.WizardStep;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real GUI services over temporary directories, for window tests. */
final class GuiFixture {

    /** For tests that never run a connection test. */
    static final ConnectionTester NO_TESTS = (profile, listener) -> {
        throw new AssertionError("this test does not test connections");
    };

    /** For tests that never run a load. */
    static final LoaderFactory NO_LOADS = patterns -> (plan, listener) -> {
        throw new AssertionError("this test does not load");
    };

    static final BackgroundTasks TASKS = new FxBackgroundTasks();

    /** The destination's tables through a real connector (no secrets from the environment). */
    static final TargetCatalog TARGETS = new JdbcTargetCatalog(() -> {
        Function<String, Optional<String>> environment = name -> Optional.empty();
        return new JdbcConnector(new RedshiftCredentialsProvider(environment), environment);
    });

    private GuiFixture() {}

    /** Services for a window test: real profile store, file inspector and background tasks. */
    static GuiServices services(UiPreferences preferences, DialogService dialogs, ConnectionTester tester) {
        return new GuiServices(
                preferences,
                dialogs,
                profiles(),
                tester,
                new FileSourceInspector(),
                NO_LOADS,
                TASKS,
                RunHistory.NONE,
                TARGETS);
    }

    /**
     * Services for a window test that really loads: the Local sandbox {@code sandbox} and a real loader (no S3), with
     * profiles and the run history under {@code root}.
     */
    static GuiServices sandboxServices(
            UiPreferences preferences, DialogService dialogs, Path root, LocalSandbox sandbox) {
        ProfileBinder binder = ProfileBinder.withRedshiftTypes();
        Function<String, Optional<String>> environment = name -> Optional.empty();
        JdbcConnector connector = new JdbcConnector(new RedshiftCredentialsProvider(environment), environment);
        JdbcLoader loader = new JdbcLoader(connector, plan -> Optional.empty(), MergeStrategy.MERGE);
        return new GuiServices(
                preferences,
                dialogs,
                new StoreProfileService(new ProfileStore(root.resolve("profiles"), binder), binder, sandbox),
                NO_TESTS,
                new FileSourceInspector(),
                loader::withTemporalPatterns,
                TASKS,
                new RunHistoryFile(root.resolve("history.log")),
                TARGETS);
    }

    /** Shows the real window over {@code services}, 1200 by 860, and returns its ViewModel. */
    static MainViewModel show(Stage stage, GuiServices services) {
        MainViewModel shown = new GuiComposition(services).show(stage);
        stage.setWidth(1200);
        stage.setHeight(860);
        return shown;
    }

    /**
     * In the window: picks the profile shown as {@code profile}, goes to the Source step, chooses the file the
     * dialogs answer with, and waits for the whole-file scan.
     */
    static void openFile(FxRobot robot, MainViewModel viewModel, String profile) throws TimeoutException {
        robot.clickOn(profile);
        robot.clickOn("#nextButton");
        robot.clickOn("#chooseFileButton");
        WaitForAsyncUtils.waitFor(
                15, TimeUnit.SECONDS, () -> viewModel.source().scannedProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * On the Target step: waits until the destination's tables are read (the sandbox started) and the step is valid,
     * then clicks Next.
     */
    static void passTheTargetStep(FxRobot robot, MainViewModel viewModel) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(
                    60,
                    TimeUnit.SECONDS,
                    () -> !viewModel.target().readingProperty().get()
                            && !viewModel.target().mapping().checkingProperty().get()
                            && viewModel.target().validProperty().get());
        } catch (TimeoutException e) {
            throw new AssertionError(
                    "the Target step did not get ready: reading "
                            + viewModel.target().readingProperty().get() + ", checking "
                            + viewModel.target().mapping().checkingProperty().get() + ", problem '"
                            + viewModel.target().problemProperty().get() + "', step "
                            + viewModel.wizard().currentStep(),
                    e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#nextButton");
    }

    /**
     * On the Target step: waits for the list of tables, chooses Existing table, filters the list by {@code filter},
     * clicks {@code table} (as {@code schema.name}) and waits until its columns are read and the fit is checked.
     */
    static void chooseTheExistingTable(FxRobot robot, MainViewModel viewModel, String filter, String table)
            throws TimeoutException {
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> !viewModel.target().readingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#existingTableRadio");
        robot.clickOn("#filterField").write(filter);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(table);
        awaitTheFitCheck(viewModel);
    }

    /** On the Target step: waits until the chosen table's columns are read and the mapping's fit is checked. */
    static void awaitTheFitCheck(MainViewModel viewModel) throws TimeoutException {
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> viewModel.target().mapsColumns()
                        && !viewModel.target().readingProperty().get()
                        && !viewModel.target().mapping().checkingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** On the Target step: opens the Target column's drop-down in the mapping's row and clicks the choice. */
    @SuppressWarnings("unchecked")
    static void chooseTheTargetColumn(FxRobot robot, MainViewModel viewModel, int row, String choice) {
        TableView<Object> mapping = robot.lookup("#mappingTable").queryAs(TableView.class);
        robot.interact(() -> mapping.edit(row, mapping.getColumns().get(2)));
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<String> dropDown = robot.lookup("#mappingTable .combo-box").queryAs(ComboBox.class);
        robot.clickOn(dropDown);
        Node item = robot.lookup((Node node) -> node instanceof ListCell<?> cell && choice.equals(cell.getText()))
                .query();
        robot.clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
        if (!choice.equals(
                viewModel.target().mapping().rows().get(row).targetProperty().get())) {
            throw new AssertionError("row " + row + " maps to "
                    + viewModel
                            .target()
                            .mapping()
                            .rows()
                            .get(row)
                            .targetProperty()
                            .get() + ", not " + choice);
        }
    }

    /** On the Target step: each mapping row as "file column → target column : status". */
    static List<String> mappingStatuses(MainViewModel viewModel) {
        return viewModel.target().mapping().rows().stream()
                .map(row -> row.source() + " → " + row.targetProperty().get() + " : "
                        + row.statusProperty().get())
                .toList();
    }

    /** On the Columns step: types the text into a cell of the column grid, as a user edits it, and commits it. */
    @SuppressWarnings("unchecked")
    static TableView<Object> editColumnCell(FxRobot robot, int row, int column, String text) {
        TableView<Object> columns = robot.lookup("#columnTable").queryAs(TableView.class);
        robot.interact(() -> columns.edit(row, columns.getColumns().get(column)));
        if (text.isEmpty()) {
            robot.type(KeyCode.BACK_SPACE); // the cell's editor starts with its text selected
        }
        robot.write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        return columns;
    }

    /** On the Columns step: clicks Check values and waits until the check has ended. */
    static void checkValues(FxRobot robot, MainViewModel viewModel) throws TimeoutException {
        robot.clickOn("#checkValuesButton");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> !viewModel.columns().checkingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** In the window's Load step: clicks Start load and waits until the load has ended with a result. */
    static void startTheLoad(FxRobot robot, MainViewModel viewModel) throws TimeoutException {
        if (viewModel.wizard().currentStep() != WizardStep.LOAD) {
            throw new AssertionError(
                    "not on the Load step but " + viewModel.wizard().currentStep());
        }
        robot.clickOn("#startButton");
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> !viewModel.load().runningProperty().get()
                        && !viewModel.load().resultProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A profile service over a fresh temporary profile directory and sandbox directory. */
    static ProfileService profiles() {
        try {
            Path root = Files.createTempDirectory("redshift-loader-gui");
            ProfileBinder binder = ProfileBinder.withRedshiftTypes();
            return new StoreProfileService(
                    new ProfileStore(root.resolve("profiles"), binder),
                    binder,
                    new LocalSandbox(root.resolve("sandbox")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
