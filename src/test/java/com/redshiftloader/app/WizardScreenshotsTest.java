package com.redshiftloader.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.ui.shell.MainViewModel;
import com.redshiftloader.ui.shell.ThemeMode;
import com.redshiftloader.ui.shell.UiPreferences;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Renders the wizard headlessly into target/screenshots, so that the documentation's pictures stay current. */
@ExtendWith(ApplicationExtension.class)
class WizardScreenshotsTest {

    private static final Path OUTPUT = Path.of("target", "screenshots");
    private static final Preferences NODE = Preferences.userRoot().node("redshift-loader-test/" + UUID.randomUUID());

    private MainViewModel viewModel;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        viewModel = new GuiComposition(
                        GuiFixture.services(new UiPreferences(NODE), Optional::empty, GuiFixture.NO_TESTS))
                .show(stage);
        stage.setWidth(1100);
        stage.setHeight(720);
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
        robot.interact(() -> viewModel.theme().modeProperty().set(ThemeMode.LIGHT));
        robot.interact(() -> viewModel.connection().selectedProfileProperty().set("Local sandbox"));
        robot.interact(() -> viewModel.wizard().next());
        robot.interact(() -> viewModel.source().open(Path.of("assets", "samples", "orders.csv")));
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> viewModel.source().scannedProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.source().previewRows()).hasSize(5);
        snapshot(robot, "source-light.png");
        robot.interact(() -> viewModel.wizard().next());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.columns().rows()).hasSize(7);
        snapshot(robot, "columns-light.png");
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
