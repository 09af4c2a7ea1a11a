package com.redshiftloader.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.profile.ProfileKey;
import com.redshiftloader.ui.common.DialogService;
import com.redshiftloader.ui.common.FxDialogService;
import com.redshiftloader.ui.shell.MainViewModel;
import com.redshiftloader.ui.shell.ThemeMode;
import com.redshiftloader.ui.shell.UiPreferences;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the screens the step pictures do not show into target/screenshots, at 1100 by 720: a JSON Lines file on
 * the Source step (its CSV-only settings disabled), the dialog listing a file's warnings, and a Connection field's
 * hint.
 */
@ExtendWith(ApplicationExtension.class)
class DetailScreenshotsTest {

    private static final Path OUTPUT = Path.of("target", "screenshots");
    private static final Preferences NODE = Preferences.userRoot().node("redshift-loader-test/" + UUID.randomUUID());

    @TempDir
    static Path directory;

    private MainViewModel viewModel;
    private Stage stage;
    private Path chosen;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        DialogService windows = new FxDialogService(() -> stage);
        DialogService dialogs = new DialogService() {
            @Override
            public Optional<Path> chooseSourceFile() {
                return Optional.of(chosen);
            }

            @Override
            public void showLines(String title, List<String> lines) {
                windows.showLines(title, lines);
            }
        };
        UiPreferences preferences =
                new UiPreferences(NODE.node(UUID.randomUUID().toString()));
        viewModel = new GuiComposition(GuiFixture.services(preferences, dialogs, GuiFixture.NO_TESTS)).show(stage);
        stage.setWidth(1100);
        stage.setHeight(720);
        viewModel.theme().modeProperty().set(ThemeMode.LIGHT);
    }

    @AfterAll
    static void removePreferences() throws BackingStoreException {
        NODE.removeNode();
    }

    @Test
    void rendersAJsonLinesFileOnTheSourceStep(FxRobot robot) throws Exception {
        chosen = Files.writeString(directory.resolve("events.jsonl"), """
                {"id": 1, "kind": "open", "at": "2026-11-02T08:15:00Z", "user": {"name": "Ana"}}
                {"id": 2, "kind": "close", "at": "2026-11-02T08:16:30Z", "user": {"name": "Bo"}}
                """);
        GuiFixture.openFile(robot, viewModel, "Local sandbox");
        assertThat(robot.lookup("#delimiterChoice").query().isDisabled()).isTrue();
        snapshot(stage.getScene(), "source-json-light.png");
    }

    @Test
    void rendersTheWarningsDialog(FxRobot robot) throws Exception {
        chosen = Files.writeString(
                directory.resolve("ragged.csv"), "id,name,city\n1,Ana,Boston\n2,Bo\n3,Cy,Paris,extra\n4,Di,Rome\n");
        GuiFixture.openFile(robot, viewModel, "Local sandbox");
        robot.clickOn("#warningsLink");
        WaitForAsyncUtils.waitForFxEvents();
        Scene dialog = robot.lookup("#linesText").query().getScene();
        assertThat(dialog).isNotSameAs(stage.getScene());
        javafx.scene.control.TextArea lines = robot.lookup("#linesText").queryAs(javafx.scene.control.TextArea.class);
        javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) lines.lookup(".scroll-pane");
        assertThat(scroll.getContent().getLayoutBounds().getHeight())
                .as("both warnings show without scrolling")
                .isLessThanOrEqualTo(scroll.getViewportBounds().getHeight() + 1);
        snapshot(dialog, "source-warnings-dialog-light.png");
        robot.interact(() -> dialog.getWindow().hide());
    }

    @Test
    void rendersAConnectionFieldsHint(FxRobot robot) throws Exception {
        robot.interact(() -> {
            var form = viewModel.connection().form();
            form.text(ProfileKey.HOST).set("warehouse.example.com");
            form.text(ProfileKey.PORT).set("70000");
        });
        WaitForAsyncUtils.waitForFxEvents();
        Label marker = robot.lookup("#field-port-problem").queryAs(Label.class);
        Tooltip hint = marker.getTooltip();
        robot.interact(() -> {
            Bounds at = marker.localToScreen(marker.getBoundsInLocal());
            hint.show(marker, at.getMaxX() + 4, at.getMaxY() + 4);
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, hint::isShowing);
        WaitForAsyncUtils.waitForFxEvents();
        Window window = hint.getScene().getWindow();
        assertThat(window.getX() + window.getWidth())
                .as("the hint ends inside the window")
                .isLessThanOrEqualTo(stage.getX() + stage.getWidth());
        snapshot(stage.getScene(), "connection-hint-light.png", hint.getScene(), window);
        robot.interact(hint::hide);
    }

    private void snapshot(Scene scene, String name) throws IOException {
        WritableImage[] image = new WritableImage[1];
        WaitForAsyncUtils.asyncFx(() -> image[0] = scene.snapshot(null));
        WaitForAsyncUtils.waitForFxEvents();
        Files.createDirectories(OUTPUT);
        ImageIO.write(
                SwingFXUtils.fromFXImage(image[0], null),
                "png",
                OUTPUT.resolve(name).toFile());
    }

    /** The window with a popup (a tooltip) drawn where it shows, as a user sees both. */
    private void snapshot(Scene scene, String name, Scene popup, Window at) throws Exception {
        java.awt.image.BufferedImage[] both = new java.awt.image.BufferedImage[1];
        WaitForAsyncUtils.asyncFx(() -> {
                    java.awt.image.BufferedImage window = SwingFXUtils.fromFXImage(scene.snapshot(null), null);
                    java.awt.image.BufferedImage tip = SwingFXUtils.fromFXImage(popup.snapshot(null), null);
                    java.awt.Graphics2D canvas = window.createGraphics();
                    canvas.drawImage(
                            tip,
                            (int) (at.getX() - stage.getX() - scene.getX()),
                            (int) (at.getY() - stage.getY() - scene.getY()),
                            null);
                    canvas.dispose();
                    both[0] = window;
                })
                .get(10, TimeUnit.SECONDS);
        Files.createDirectories(OUTPUT);
        ImageIO.write(both[0], "png", OUTPUT.resolve(name).toFile());
    }
}
