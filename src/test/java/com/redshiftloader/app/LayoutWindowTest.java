package com.redshiftloader.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.load.RunHistory;
import com.redshiftloader.domain.profile.ProfileBinder;
import com.redshiftloader.domain.profile.ProfileKey;
import com.redshiftloader.infra.aws.RedshiftCredentialsProvider;
import com.redshiftloader.infra.connection.StepwiseConnectionTester;
import com.redshiftloader.infra.files.FileSourceInspector;
import com.redshiftloader.infra.jdbc.JdbcConnector;
import com.redshiftloader.infra.sandbox.LocalSandbox;
import com.redshiftloader.infra.store.ProfileStore;
import com.redshiftloader.ui.shell.MainViewModel;
import com.redshiftloader.ui.shell.ThemeMode;
import com.redshiftloader.ui.shell.UiPreferences;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Each step at the two smallest screens the window is made for, in both themes: no label, button, header or message
 * shows an ellipsis instead of its text (JavaFX says so through {@link Labeled#isTextTruncated()}). A grid's data
 * cells may be cut, as in any spreadsheet; their headers may not.
 */
@ExtendWith(ApplicationExtension.class)
class LayoutWindowTest {

    private static final Preferences NODE = Preferences.userRoot().node("redshift-loader-test/" + UUID.randomUUID());
    private static final Path SAMPLE = Path.of("assets", "samples", "orders.csv");

    private MainViewModel viewModel;
    private Stage stage;
    private Path chosen = SAMPLE;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path root = Files.createTempDirectory("layout-window");
        ProfileBinder binder = ProfileBinder.withRedshiftTypes();
        RedshiftCredentialsProvider iam = new RedshiftCredentialsProvider(name -> Optional.empty());
        var tester = new StepwiseConnectionTester(
                new JdbcConnector(iam, name -> Optional.empty()), iam, name -> Optional.empty());
        var profiles = new StoreProfileService(
                new ProfileStore(root.resolve("profiles"), binder), binder, new LocalSandbox(root.resolve("sandbox")));
        viewModel = new GuiComposition(new GuiServices(
                        new UiPreferences(NODE.node(UUID.randomUUID().toString())),
                        () -> Optional.of(chosen),
                        profiles,
                        tester,
                        new FileSourceInspector(),
                        GuiFixture.NO_LOADS,
                        GuiFixture.TASKS,
                        RunHistory.NONE,
                        GuiFixture.TARGETS))
                .show(stage);
    }

    @AfterAll
    static void removePreferences() throws BackingStoreException {
        NODE.removeNode();
    }

    @ParameterizedTest(name = "{0}x{1} {2}")
    @CsvSource({"1100, 720, LIGHT", "1100, 720, DARK", "1366, 768, LIGHT", "1366, 768, DARK"})
    void nothingIsCutOffOnTheFirstThreeSteps(int width, int height, ThemeMode theme, FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
            viewModel.theme().modeProperty().set(theme);
        });
        String size = width + "x" + height + "-" + theme.name().toLowerCase(java.util.Locale.ROOT);
        failAConnectionTest(robot);
        snapshot(robot, "layout-connection-failed-" + size + ".png");
        assertThat(truncated()).as("Connection step after a failed test").isEmpty();

        robot.clickOn("Local sandbox");
        robot.clickOn("#nextButton");
        robot.clickOn("#chooseFileButton");
        WaitForAsyncUtils.waitFor(
                15, TimeUnit.SECONDS, () -> viewModel.source().scannedProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        snapshot(robot, "layout-source-" + size + ".png");
        assertThat(truncated()).as("Source step").isEmpty();

        robot.clickOn("#nextButton");
        WaitForAsyncUtils.waitForFxEvents();
        snapshot(robot, "layout-columns-" + size + ".png");
        assertThat(truncated()).as("Columns step").isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aFailedTestsResultsGetRoomAndCanBeCopied(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setWidth(1100);
            stage.setHeight(720);
        });
        failAConnectionTest(robot);
        javafx.scene.control.ListView<?> checks =
                robot.lookup("#checkList").queryAs(javafx.scene.control.ListView.class);
        assertThat(checks.getHeight()).as("more than a three-line box").isGreaterThan(200);

        robot.clickOn("#copyChecksButton");
        String[] copied = new String[1];
        robot.interact(() ->
                copied[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertThat(copied[0])
                .contains("✓ Resolve host")
                .contains("✗ Open TCP connection")
                .contains("refused the connection")
                .contains("Is the port right")
                .endsWith(viewModel.connection().statusProperty().get())
                .doesNotContain("not-a-real-secret");
    }

    @org.junit.jupiter.api.Test
    void aSourceErrorIsShownInFullAndCanBeSelected(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setWidth(1100);
            stage.setHeight(720);
        });
        chosen = Files.write(
                Files.createTempDirectory("layout-error").resolve("exported_by_a_tool_with_a_rather_long_name.csv"),
                new byte[] {'i', 'd', '\n', 0x00, 0x01, (byte) 0xFF, (byte) 0xFE, 0x00, 0x00, '\n'});
        robot.clickOn("Local sandbox");
        robot.clickOn("#nextButton");
        robot.clickOn("#chooseFileButton");
        WaitForAsyncUtils.waitFor(
                15,
                TimeUnit.SECONDS,
                () -> !viewModel.source().errorProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.TextArea error = robot.lookup("#errorLabel").queryAs(javafx.scene.control.TextArea.class);
        assertThat(error.getText())
                .isEqualTo(viewModel.source().errorProperty().get())
                .isNotBlank();
        assertThat(error.isVisible()).isTrue();
        assertThat(error.isEditable()).isFalse();
        robot.interact(error::selectAll);
        assertThat(error.getSelectedText()).isEqualTo(error.getText());
        javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) error.lookup(".scroll-pane");
        assertThat(scroll.getContent().getLayoutBounds().getHeight())
                .as("every line shows: the text is no taller than its box")
                .isLessThanOrEqualTo(scroll.getViewportBounds().getHeight() + 1);
        snapshot(robot, "layout-source-error-1100x720-light.png");
        assertThat(truncated()).as("Source step with an error").isEmpty();
    }

    private void snapshot(FxRobot robot, String name) throws IOException {
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = stage.getScene().snapshot(null));
        Path directory = Files.createDirectories(Path.of("target", "screenshots"));
        javax.imageio.ImageIO.write(
                javafx.embed.swing.SwingFXUtils.fromFXImage(image[0], null),
                "png",
                directory.resolve(name).toFile());
    }

    /** Tests a profile whose port nothing listens on: the checks fail with a message and a fix. */
    private void failAConnectionTest(FxRobot robot) throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        robot.interact(() -> {
            var form = viewModel.connection().form();
            form.text(ProfileKey.HOST).set("127.0.0.1");
            form.text(ProfileKey.PORT).set(String.valueOf(closed));
            form.text(ProfileKey.DATABASE).set("analytics");
            form.text(ProfileKey.USER).set("analyst");
            form.text(ProfileKey.PASSWORD).set("not-a-real-secret");
        });
        robot.clickOn("#testButton");
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> !viewModel.connection().testingProperty().get()
                        && !viewModel.connection().checks().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The visible labels, buttons and headers in the window that show an ellipsis, with their full text. */
    private List<String> truncated() throws Exception {
        List<String> cut = new ArrayList<>();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> collect(stage.getScene().getRoot(), cut))
                .get(10, TimeUnit.SECONDS);
        return cut;
    }

    private static void collect(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled
                && !(node instanceof IndexedCell<?>)
                && labeled.isTextTruncated()
                && labeled.getText() != null
                && !labeled.getText().isBlank()) {
            cut.add((node.getId() == null ? node.getClass().getSimpleName() : "#" + node.getId()) + ": "
                    + labeled.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, cut));
        }
    }
}
