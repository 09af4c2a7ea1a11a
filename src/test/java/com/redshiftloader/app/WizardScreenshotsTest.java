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
                        new UiPreferences(NODE),
                        Optional::empty,
                        GuiFixture.profiles(),
                        GuiFixture.NO_TESTS,
                        GuiFixture.TASKS)
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

    private Path snapshot(FxRobot robot, String name) throws IOException {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = stage.getScene().snapshot(null));
        Files.createDirectories(OUTPUT);
        Path file = OUTPUT.resolve(name);
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
        return file;
    }
}
