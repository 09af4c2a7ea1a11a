package com.redshiftloader.app;

import com.redshiftloader.domain.load.LoaderFactory;
import com.redshiftloader.domain.load.RunHistory;
import com.redshiftloader.domain.profile.ProfileBinder;
import com.redshiftloader.infra.aws.RedshiftCredentialsProvider;
import com.redshiftloader.infra.files.FileSourceInspector;
import com.redshiftloader.infra.jdbc.JdbcConnector;
import com.redshiftloader.infra.jdbc.JdbcTableRows;
import com.redshiftloader.infra.load.JdbcLoader;
import com.redshiftloader.infra.load.MergeStrategy;
import com.redshiftloader.infra.load.rejects.RejectsReader;
import com.redshiftloader.infra.sandbox.LocalSandbox;
import com.redshiftloader.infra.store.ProfileStore;
import com.redshiftloader.testinfra.TestDatabase;
import com.redshiftloader.testinfra.TestProfiles;
import com.redshiftloader.ui.common.DialogService;
import com.redshiftloader.ui.shell.MainViewModel;
import com.redshiftloader.ui.shell.UiPreferences;
import com.redshiftloader.ui.wizard.WizardStep;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.prefs.Preferences;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window over the embedded PostgreSQL (a saved profile "warehouse"), with the dialogs scripted: the file to
 * pick, the answer to a confirmation, and the files opened in other applications are recorded.
 */
final class LoadResultWindow implements DialogService {

    final Path root;
    final List<String> questions = new CopyOnWriteArrayList<>();
    final List<Path> opened = new CopyOnWriteArrayList<>();
    volatile Path source;
    volatile boolean answer;
    final MainViewModel viewModel;

    LoadResultWindow(Stage stage, TestDatabase database, Preferences node) throws Exception {
        root = Files.createTempDirectory("load-result-window");
        ProfileBinder binder = ProfileBinder.withRedshiftTypes();
        ProfileStore store = new ProfileStore(root.resolve("profiles"), binder);
        store.save(TestProfiles.bind(TestProfiles.postgres(database)).withName("warehouse"));
        store.save(TestProfiles.bind(TestProfiles.postgres(database)).withName("warehouse copy"));
        Function<String, Optional<String>> environment = name -> Optional.empty();
        JdbcConnector connector = new JdbcConnector(new RedshiftCredentialsProvider(environment), environment);
        JdbcLoader loader = new JdbcLoader(connector, plan -> Optional.empty(), MergeStrategy.MERGE);
        LoaderFactory loaders = loader::withTemporalPatterns;
        viewModel = new GuiComposition(new GuiServices(
                        new UiPreferences(node),
                        this,
                        new StoreProfileService(store, binder, new LocalSandbox(root.resolve("sandbox"))),
                        GuiFixture.NO_TESTS,
                        new FileSourceInspector(),
                        loaders,
                        GuiFixture.TASKS,
                        RunHistory.NONE,
                        GuiFixture.TARGETS,
                        new JdbcTableRows(connector),
                        new RejectsReader()))
                .show(stage);
    }

    @Override
    public Optional<Path> chooseSourceFile() {
        return Optional.of(source);
    }

    @Override
    public Optional<Path> chooseJobFileToSave(String suggestedName) {
        return Optional.of(root.resolve(suggestedName));
    }

    @Override
    public boolean confirm(String title, String question) {
        questions.add(question);
        return answer;
    }

    @Override
    public void openFile(Path file) {
        opened.add(file);
    }

    /** Writes {@code rows} rows of {@code id,city,weight,note} (every tenth note empty, so NULL) to a new file. */
    Path orders(String name, int rows) throws Exception {
        StringBuilder csv = new StringBuilder("id,city,weight,note\n");
        for (int id = 1; id <= rows; id++) {
            csv.append(id)
                    .append(",City ")
                    .append(id)
                    .append(',')
                    .append(id)
                    .append(".25,")
                    .append(id % 10 == 0 ? "" : "n" + id)
                    .append('\n');
        }
        return Files.writeString(root.resolve(name), csv, StandardCharsets.UTF_8);
    }

    /** Picks "warehouse" and {@code file}, goes on to the Load step and starts the load; waits until it ended. */
    void load(FxRobot robot, Path file) throws Exception {
        goToTheLoadStep(robot, file);
        GuiFixture.startTheLoad(robot, viewModel);
    }

    /** Picks "warehouse" and {@code file} and goes on to the Load step. */
    void goToTheLoadStep(FxRobot robot, Path file) throws Exception {
        source = file;
        GuiFixture.openFile(robot, viewModel, "warehouse");
        robot.clickOn("#nextButton");
        robot.clickOn("#nextButton");
        GuiFixture.passTheTargetStep(robot, viewModel);
        if (viewModel.wizard().currentStep() != WizardStep.LOAD) {
            throw new AssertionError(
                    "not on the Load step but " + viewModel.wizard().currentStep());
        }
    }

    /** Waits until the grid holds the rows read back after a load. */
    void awaitTheGrid() throws TimeoutException {
        WaitForAsyncUtils.waitFor(
                15, TimeUnit.SECONDS, () -> !viewModel.load().results().rows().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    static String clipboard() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString())
                .get(5, TimeUnit.SECONDS);
    }
}
