package com.redshiftloader.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.load.LoadEvent;
import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoadPath;
import com.redshiftloader.domain.load.LoaderFactory;
import com.redshiftloader.domain.load.RunHistory;
import com.redshiftloader.domain.profile.ProfileBinder;
import com.redshiftloader.infra.aws.RedshiftCredentialsProvider;
import com.redshiftloader.infra.files.FileSourceInspector;
import com.redshiftloader.infra.jdbc.JdbcConnector;
import com.redshiftloader.infra.load.JdbcLoader;
import com.redshiftloader.infra.load.MergeStrategy;
import com.redshiftloader.infra.sandbox.LocalSandbox;
import com.redshiftloader.infra.store.JobFiles;
import com.redshiftloader.infra.store.ProfileStore;
import com.redshiftloader.testinfra.PostgresDatabaseExtension;
import com.redshiftloader.testinfra.TestDatabase;
import com.redshiftloader.testinfra.TestProfiles;
import com.redshiftloader.ui.common.DialogService;
import com.redshiftloader.ui.common.LogLine;
import com.redshiftloader.ui.common.LogWriter;
import com.redshiftloader.ui.shell.MainViewModel;
import com.redshiftloader.ui.shell.UiPreferences;
import com.redshiftloader.ui.wizard.WizardStep;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Load step's buttons in the real window, with a saved profile for the embedded PostgreSQL: "Save as job…" writes
 * the YAML job, "Show SQL" shows what will run, and after a load "Save log…" writes the console to a text file, both
 * off the FX thread. The file dialogs are scripted through the {@link DialogService} seam.
 */
@ExtendWith({PostgresDatabaseExtension.class, ApplicationExtension.class})
class LoadStepWindowTest {

    private static final Preferences NODE = Preferences.userRoot().node("redshift-loader-test/" + UUID.randomUUID());

    private final TestDatabase database;
    private final List<String> suggestedNames = new ArrayList<>();
    private final List<String> writers = new CopyOnWriteArrayList<>();
    private Path root;
    private Path source;
    private Path jobFile;
    private Path logFile;
    private MainViewModel viewModel;

    LoadStepWindowTest(TestDatabase database) {
        this.database = database;
    }

    @Start
    void start(Stage stage) throws Exception {
        root = Files.createTempDirectory("load-step-window");
        source = root.resolve("shipments.csv");
        Files.writeString(source, """
                id,city,weight
                1,Lyon,2.5
                2,Zürich,10.25
                3,Porto,
                """, StandardCharsets.UTF_8);
        jobFile = root.resolve("jobs/shipments.job.yaml");
        logFile = root.resolve("logs/load.log");
        ProfileBinder binder = ProfileBinder.withRedshiftTypes();
        ProfileStore store = new ProfileStore(root.resolve("profiles"), binder);
        store.save(TestProfiles.bind(TestProfiles.postgres(database)).withName("warehouse"));
        Function<String, Optional<String>> environment = name -> Optional.empty();
        JdbcLoader loader = new JdbcLoader(
                new JdbcConnector(new RedshiftCredentialsProvider(environment), environment),
                plan -> Optional.empty(),
                MergeStrategy.MERGE);
        LoaderFactory loaders = loader::withTemporalPatterns;
        viewModel = new GuiComposition(
                        new GuiServices(
                                new UiPreferences(NODE),
                                new ScriptedFiles(),
                                new StoreProfileService(store, binder, new LocalSandbox(root.resolve("sandbox"))),
                                GuiFixture.NO_TESTS,
                                new FileSourceInspector(),
                                loaders,
                                GuiFixture.TASKS,
                                RunHistory.NONE,
                                GuiFixture.TARGETS),
                        (job, file) -> {
                            writers.add("job " + writer());
                            new JobFiles().write(job, file);
                        },
                        (file, lines) -> {
                            writers.add("log " + writer());
                            LogWriter.UTF8_TEXT.write(file, lines);
                        })
                .show(stage);
        stage.setWidth(1300);
        stage.setHeight(1000);
    }

    /** Who wrote a file: the FX thread must not, so that a slow disk cannot freeze the window. */
    private static String writer() {
        return Platform.isFxApplicationThread() ? "on the FX thread" : "in the background";
    }

    /** The file dialogs, answered in advance. */
    private final class ScriptedFiles implements DialogService {
        @Override
        public Optional<Path> chooseSourceFile() {
            return Optional.of(source);
        }

        @Override
        public Optional<Path> chooseJobFileToSave(String suggestedName) {
            suggestedNames.add(suggestedName);
            return Optional.of(jobFile);
        }

        @Override
        public Optional<Path> chooseLogFileToSave(String suggestedName) {
            suggestedNames.add(suggestedName);
            return Optional.of(logFile);
        }
    }

    @AfterAll
    static void removePreferences() throws BackingStoreException {
        NODE.removeNode();
    }

    private void goToTheLoadStep(FxRobot robot) throws Exception {
        GuiFixture.openFile(robot, viewModel, "warehouse");
        robot.clickOn("#nextButton");
        robot.clickOn("#nextButton");
        GuiFixture.passTheTargetStep(robot, viewModel);
        assertThat(viewModel.wizard().currentStep()).isEqualTo(WizardStep.LOAD);
    }

    @Test
    void saveAsJobWritesTheChoicesWithoutTheSecret(FxRobot robot) throws Exception {
        goToTheLoadStep(robot);
        @SuppressWarnings("unchecked")
        ComboBox<LoadMode> mode = robot.lookup("#modeChoice").queryAs(ComboBox.class);
        robot.interact(() -> mode.setValue(LoadMode.TRUNCATE));

        robot.clickOn("#saveJobButton");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> !viewModel.load().resultProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(suggestedNames).containsExactly("shipments.job.yaml");
        assertThat(robot.lookup("#resultText").queryAs(TextArea.class).getText())
                .startsWith("Saved job to " + jobFile)
                .contains("redshift-loader load --job");
        assertThat(writers).containsExactly("job in the background");
        assertThat(Files.readString(jobFile))
                .contains("profile: warehouse")
                .contains("file: " + source.toAbsolutePath())
                .contains("table: shipments")
                .contains("mode: truncate")
                .doesNotContain(database.password())
                .doesNotContain("password");
    }

    @Test
    void showSqlThenLoadThenSaveTheLog(FxRobot robot) throws Exception {
        goToTheLoadStep(robot);
        assertThat(robot.lookup("#sqlPane").query().isVisible()).isFalse();

        robot.clickOn("#showSqlToggle");
        WaitForAsyncUtils.waitForFxEvents();
        TextArea sql = robot.lookup("#sqlPreview").queryAs(TextArea.class);
        assertThat(sql.isVisible()).isTrue();
        assertThat(sql.isEditable()).isFalse();
        assertThat(sql.getText())
                .contains("CREATE TABLE \"public\".\"shipments\"")
                .contains("COPY \"public\".\"shipments\" (\"id\", \"city\", \"weight\") FROM STDIN")
                .doesNotContain(database.password());
        robot.clickOn("#copySqlButton");
        WaitForAsyncUtils.waitForFxEvents();
        String copied = WaitForAsyncUtils.asyncFx(
                        () -> Clipboard.getSystemClipboard().getString())
                .get(5, TimeUnit.SECONDS);
        assertThat(copied).isEqualTo(sql.getText());

        GuiFixture.startTheLoad(robot, viewModel);
        assertThat(viewModel.load().resultProperty().get()).startsWith("Loaded 3 rows into public.shipments");

        saveTheLogWithTheStatements(robot);
    }

    /** "Save log…" after the load: the file holds the visible lines, written off the FX thread. */
    private void saveTheLogWithTheStatements(FxRobot robot) throws Exception {
        // The statements are logged at DEBUG: show them, so that the saved (visible) lines include them.
        @SuppressWarnings("unchecked")
        ComboBox<LoadEvent.Level> level = robot.lookup("#logLevelChoice").queryAs(ComboBox.class);
        robot.interact(() -> level.setValue(LoadEvent.Level.DEBUG));
        robot.clickOn(robot.lookup(".tab-label")
                .<Labeled>match(tab -> tab.getText().equals("Log"))
                .queryLabeled());
        robot.clickOn("#saveLogButton");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> !viewModel.load().log().statusProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        List<String> expected =
                viewModel.load().log().visible().stream().map(LogLine::toString).toList();
        assertThat(expected).isNotEmpty();
        assertThat(Files.readString(logFile, StandardCharsets.UTF_8))
                .isEqualTo(String.join(System.lineSeparator(), expected) + System.lineSeparator())
                .contains("Created public.shipments with 3 columns")
                .contains("COPY \"public\".\"shipments\"")
                .doesNotContain(database.password());
        assertThat(suggestedNames)
                .singleElement()
                .asString()
                .startsWith("redshift-loader-")
                .endsWith(".log");
        assertThat(robot.lookup("#logStatusLabel").queryAs(Label.class).getText())
                .isEqualTo("Saved %,d log lines to %s".formatted(expected.size(), logFile));
        assertThat(writers).containsExactly("log in the background");
    }

    @Test
    void aLoadThatFailsBeforeAnyRowStopsItsProgressBar(FxRobot robot) throws Exception {
        try {
            goToTheLoadStep(robot);
            // Made after the Target step (which would have flagged it): city cannot take the file's names, so the
            // load fails while preparing the table, before any progress.
            try (Connection connection = database.connect();
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE IF EXISTS public.shipments");
                statement.execute("CREATE TABLE public.shipments (id INTEGER, city INTEGER, weight DECIMAL(6,2))");
            }
            GuiFixture.startTheLoad(robot, viewModel);

            assertThat(viewModel.load().resultProperty().get()).startsWith("Load failed");
            assertThat(viewModel.load().phaseProperty().get()).isEqualTo("Failed");
            assertThat(robot.lookup("#progressBar").queryAs(ProgressBar.class).isIndeterminate())
                    .as("a failed load's bar must not keep moving")
                    .isFalse();
            assertThat(viewModel.load().log().visible())
                    .map(LogLine::toString)
                    .anyMatch(line -> line.contains("ERROR") && line.contains("Load failed: "))
                    .anyMatch(line -> line.contains("Everything was rolled back"));
            assertThat(viewModel.load().history().getFirst())
                    .contains("warehouse: the load into public.shipments failed: ");
        } finally {
            dropShipments();
        }
    }

    /** The tests of this class share the database: each that needs no table named after the file drops it. */
    private void dropShipments() throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS public.shipments");
        }
    }

    @Test
    void afterCancelTheStatusSaysCancelledAndNothingOfTheLoadComesBack(FxRobot robot) throws Exception {
        StringBuilder csv = new StringBuilder("id,city,weight\n");
        for (int i = 1; i <= 1_500_000; i++) {
            csv.append(i)
                    .append(",city ")
                    .append(i % 97)
                    .append(',')
                    .append(i % 1000)
                    .append(".5\n");
        }
        Files.writeString(source, csv, StandardCharsets.UTF_8);
        dropShipments();
        goToTheLoadStep(robot);
        @SuppressWarnings("unchecked")
        ComboBox<LoadPath> path = robot.lookup("#pathChoice").queryAs(ComboBox.class);
        robot.interact(() -> path.setValue(LoadPath.INSERT));

        robot.clickOn("#startButton");
        try {
            WaitForAsyncUtils.waitFor(
                    20,
                    TimeUnit.SECONDS,
                    () -> viewModel.load().progressProperty().get() > 0.05);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(
                    "state: " + viewModel.load().phaseProperty().get() + " | "
                            + viewModel.load().progressProperty().get() + " | "
                            + viewModel.load().progressTextProperty().get()
                            + " | " + viewModel.load().resultProperty().get() + " | "
                            + viewModel.load().runningProperty().get());
        }
        robot.clickOn("#cancelButton");
        Thread.sleep(1_500); // the cancelled load's last events (its clean-up) arrive in this time
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(viewModel.load().phaseProperty().get()).isEqualTo("Cancelled");
        assertThat(viewModel.load().progressTextProperty().get()).doesNotContain("left");
        assertThat(viewModel.load().history().getFirst())
                .contains("warehouse: cancelled the load into public.shipments; everything was rolled back");
        assertThat(viewModel.load().log().visible())
                .map(LogLine::toString)
                .anyMatch(line -> line.contains("Everything was rolled back"));
        assertThat(robot.lookup("#progressBar").queryAs(ProgressBar.class).isIndeterminate())
                .isFalse();
        assertThat(database.query("SELECT count(*) FROM pg_tables WHERE tablename = 'shipments'"))
                .containsExactly("0");
    }
}
