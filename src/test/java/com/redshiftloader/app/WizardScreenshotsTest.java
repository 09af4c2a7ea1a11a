package com.redshiftloader.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoaderFactory;
import com.redshiftloader.domain.profile.ProfileBinder;
import com.redshiftloader.infra.aws.RedshiftCredentialsProvider;
import com.redshiftloader.infra.files.FileSourceInspector;
import com.redshiftloader.infra.jdbc.JdbcConnector;
import com.redshiftloader.infra.load.JdbcLoader;
import com.redshiftloader.infra.load.MergeStrategy;
import com.redshiftloader.infra.sandbox.LocalSandbox;
import com.redshiftloader.infra.store.ProfileStore;
import com.redshiftloader.infra.store.RunHistoryFile;
import com.redshiftloader.ui.shell.MainViewModel;
import com.redshiftloader.ui.shell.ThemeMode;
import com.redshiftloader.ui.shell.UiPreferences;
import com.redshiftloader.ui.wizard.WizardStep;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders each wizard step headlessly into target/screenshots, so that the documentation's pictures stay current
 * (docs/screenshots holds the committed copies). The Load step is shown before and after a real load of the sample
 * orders into the Local sandbox, which starts only in that test.
 */
@ExtendWith(ApplicationExtension.class)
class WizardScreenshotsTest {

    private static final Path OUTPUT = Path.of("target", "screenshots");
    private static final Preferences NODE = Preferences.userRoot().node("redshift-loader-test/" + UUID.randomUUID());

    private static final Path SAMPLE = Path.of("assets", "samples", "orders.csv");

    private MainViewModel viewModel;
    private Stage stage;
    private LocalSandbox sandbox;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path root = Files.createTempDirectory("wizard-screenshots");
        ProfileBinder binder = ProfileBinder.withRedshiftTypes();
        sandbox = new LocalSandbox(root.resolve("sandbox"));
        Function<String, Optional<String>> environment = name -> Optional.empty();
        JdbcConnector connector = new JdbcConnector(new RedshiftCredentialsProvider(environment), environment);
        LoaderFactory loaders =
                new JdbcLoader(connector, plan -> Optional.empty(), MergeStrategy.MERGE)::withTemporalPatterns;
        viewModel = new GuiComposition(new GuiServices(
                        new UiPreferences(NODE),
                        Optional::empty,
                        new StoreProfileService(new ProfileStore(root.resolve("profiles"), binder), binder, sandbox),
                        GuiFixture.NO_TESTS,
                        new FileSourceInspector(),
                        loaders,
                        GuiFixture.TASKS,
                        new RunHistoryFile(root.resolve("history.log")),
                        GuiFixture.TARGETS))
                .show(stage);
        stage.setWidth(1100);
        stage.setHeight(720);
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    @AfterAll
    static void removePreferences() throws BackingStoreException {
        NODE.removeNode();
    }

    @Test
    void rendersTheConnectionStepInLightAndDark(FxRobot robot) throws IOException {
        robot.interact(() -> viewModel.theme().modeProperty().set(ThemeMode.LIGHT));
        Path light = snapshot(robot, "connection-light.png");
        robot.interact(() -> viewModel.theme().modeProperty().set(ThemeMode.DARK));
        Path dark = snapshot(robot, "connection-dark.png");
        assertThat(Files.size(light)).isPositive();
        assertThat(Files.mismatch(light, dark))
                .as("the dark theme renders differently")
                .isNotEqualTo(-1L);
    }

    @Test
    void rendersAProfileWithProblemsMarked(FxRobot robot) throws Exception {
        robot.interact(() -> viewModel.theme().modeProperty().set(ThemeMode.LIGHT));
        robot.interact(() -> {
            var form = viewModel.connection().form();
            form.text(com.redshiftloader.domain.profile.ProfileKey.HOST).set("warehouse.example.com");
            form.text(com.redshiftloader.domain.profile.ProfileKey.PORT).set("70000");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.connection().form().problems()).containsKeys("port", "database", "user");
        snapshot(robot, "connection-problems-light.png");
    }

    @Test
    void rendersTheSourceAndColumnsStepsWithTheSampleOrders(FxRobot robot) throws Exception {
        openTheSampleOrders(robot);
        snapshot(robot, "source-light.png");
        assertThat(viewModel.source().encodingEvidenceProperty().get())
                .isEqualTo("Detected encoding: UTF-8 (valid throughout)");
        robot.interact(() -> viewModel.theme().modeProperty().set(ThemeMode.DARK));
        snapshot(robot, "source-dark.png");
        robot.interact(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        snapshot(robot, "source-1366-dark.png");
        robot.interact(() -> viewModel.theme().modeProperty().set(ThemeMode.LIGHT));
        snapshot(robot, "source-1366-light.png");
        robot.interact(() -> {
            stage.setWidth(1100);
            stage.setHeight(720);
        });
        robot.interact(() -> viewModel.wizard().next());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.columns().rows()).hasSize(7);
        snapshot(robot, "columns-light.png");
    }

    @Test
    void rendersTheLoadStepBeforeAndAfterLoadingTheSampleIntoTheLocalSandbox(FxRobot robot) throws Exception {
        openTheSampleOrders(robot);
        robot.interact(() -> viewModel.wizard().next());
        robot.interact(() -> viewModel.wizard().next());
        GuiFixture.passTheTargetStep(robot, viewModel);
        assertThat(viewModel.wizard().currentStep()).isEqualTo(WizardStep.LOAD);
        assertThat(viewModel.load().summaryProperty().get()).startsWith("Append the rows to public.orders");
        snapshot(robot, "load-light.png");

        robot.interact(() -> viewModel.load().startLoad());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, viewModel.load().validProperty()); // succeeded, not running
        WaitForAsyncUtils.waitFor(
                15, TimeUnit.SECONDS, () -> !viewModel.load().results().rows().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.load().resultProperty().get()).startsWith("Loaded 5 rows into public.orders");
        snapshot(robot, "load-done-light.png");
        robot.interact(() -> viewModel.theme().modeProperty().set(ThemeMode.DARK));
        snapshot(robot, "load-done-dark.png");

        // the same file again, but the table must not exist: the load fails, and says why
        robot.interact(() -> viewModel.load().modeProperty().set(LoadMode.FAIL_IF_EXISTS));
        robot.interact(() -> viewModel.load().startLoad());
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> viewModel.load().phaseProperty().get().equals("Failed"));
        WaitForAsyncUtils.waitForFxEvents();
        snapshot(robot, "load-failed-dark.png");
        robot.interact(() -> viewModel.theme().modeProperty().set(ThemeMode.LIGHT));
        snapshot(robot, "load-failed-light.png");
    }

    @Test
    void rendersTheTargetStepMappingTheSampleOntoAnExistingTable(FxRobot robot) throws Exception {
        sandbox.start();
        int port = sandbox.port().orElseThrow();
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE public.orders (customer VARCHAR(100), order_id BIGINT, notes INTEGER,"
                    + " amount DECIMAL(12,2), loaded_at TIMESTAMP DEFAULT now())");
            statement.execute("INSERT INTO public.orders (customer, order_id) VALUES ('Old customer', 1)");
        }
        openTheSampleOrders(robot);
        robot.interact(() -> viewModel.wizard().next());
        robot.interact(() -> viewModel.wizard().next());
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> viewModel.target().mapsColumns()
                        && !viewModel.target().mapping().checkingProperty().get()
                        && !viewModel.target().readingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.target().rowsTextProperty().get()).startsWith("public.orders has 1 row;");
        snapshot(robot, "target-light.png");
        robot.interact(() -> viewModel.theme().modeProperty().set(ThemeMode.DARK));
        snapshot(robot, "target-dark.png");
        robot.interact(() -> viewModel.target().existingProperty().set(false));
        WaitForAsyncUtils.waitForFxEvents();
        snapshot(robot, "target-new-dark.png");
    }

    private void openTheSampleOrders(FxRobot robot) throws Exception {
        robot.interact(() -> viewModel.theme().modeProperty().set(ThemeMode.LIGHT));
        robot.interact(() -> viewModel.connection().selectedProfileProperty().set(LocalSandbox.PROFILE_NAME));
        robot.interact(() -> viewModel.wizard().next());
        robot.interact(() -> viewModel.source().open(SAMPLE));
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> viewModel.source().scannedProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.source().previewRows()).hasSize(5);
    }

    private Path snapshot(FxRobot robot, String name) throws IOException {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = stage.getScene().snapshot(null));
        Files.createDirectories(OUTPUT);
        Path file = OUTPUT.resolve(name);
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
        return file;
    }
}
