package com.redshiftloader.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.ui.common.DialogService;
import com.redshiftloader.ui.shell.MainViewModel;
import com.redshiftloader.ui.shell.ThemeApplier;
import com.redshiftloader.ui.shell.ThemeMode;
import com.redshiftloader.ui.shell.UiPreferences;
import com.redshiftloader.ui.shell.WindowBounds;
import com.redshiftloader.ui.wizard.WizardStep;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window, headless (Monocle), driven by a robot. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private static final Path SOURCE_FILE = createSourceFile();

    private static final Preferences TEST_PREFERENCES =
            Preferences.userRoot().node("redshift-loader-test/" + UUID.randomUUID());

    private final Preferences node = TEST_PREFERENCES.node(UUID.randomUUID().toString());
    private final UiPreferences preferences = new UiPreferences(node);
    private final DialogService chooseSampleFile = () -> Optional.of(SOURCE_FILE);
    private MainViewModel viewModel;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        viewModel =
                new GuiComposition(GuiFixture.services(preferences, chooseSampleFile, GuiFixture.NO_TESTS)).show(stage);
    }

    @AfterAll
    static void removePreferences() throws BackingStoreException {
        // After TestFX has closed the stages, whose closing saves the window bounds.
        TEST_PREFERENCES.removeNode();
    }

    @Test
    void opensTitledWithIconOnTheConnectionStep(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("Redshift Loader");
        assertThat(stage.getIcons()).hasSize(8).allSatisfy(icon -> assertThat(icon.isError())
                .isFalse());
        assertThat(showing(robot, "#profileList")).isTrue();
        assertThat(showing(robot, "#chooseFileButton")).isFalse();
        assertThat(button(robot, "#backButton").isDisabled()).isTrue();
        assertThat(button(robot, "#nextButton").isDisabled()).isTrue();
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText()).startsWith("Step 1 of 5 · Connection");
    }

    @Test
    void walksThroughTheWizardWithBackAndNext(FxRobot robot) throws Exception {
        robot.clickOn("Local sandbox");
        assertThat(button(robot, "#nextButton").isDisabled()).isFalse();
        robot.clickOn("#nextButton");
        assertThat(viewModel.wizard().currentStep()).isEqualTo(WizardStep.SOURCE);
        assertThat(showing(robot, "#chooseFileButton")).isTrue();
        assertThat(showing(robot, "#profileList")).isFalse();
        assertThat(button(robot, "#nextButton").isDisabled())
                .as("no file chosen yet")
                .isTrue();

        robot.clickOn("#chooseFileButton");
        WaitForAsyncUtils.waitFor(
                10,
                java.util.concurrent.TimeUnit.SECONDS,
                () -> viewModel.source().validProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#chosenFileLabel").queryAs(Label.class).getText())
                .isEqualTo(SOURCE_FILE.toString());
        robot.clickOn("#nextButton");
        assertThat(viewModel.wizard().currentStep()).isEqualTo(WizardStep.COLUMNS);
        robot.clickOn("#nextButton");
        assertThat(viewModel.wizard().currentStep()).isEqualTo(WizardStep.TARGET);
        GuiFixture.passTheTargetStep(robot, viewModel);
        assertThat(viewModel.wizard().currentStep()).isEqualTo(WizardStep.LOAD);
        assertThat(button(robot, "#nextButton").isDisabled()).isTrue();

        robot.clickOn("#backButton");
        assertThat(viewModel.wizard().currentStep()).isEqualTo(WizardStep.TARGET);
        robot.clickOn("#connectionStepButton");
        assertThat(viewModel.wizard().currentStep()).isEqualTo(WizardStep.CONNECTION);
        assertThat(showing(robot, "#profileList")).isTrue();
    }

    @Test
    void afterEachStepChangeTheFocusIsOnTheNewStepsFirstControl(FxRobot robot) throws Exception {
        robot.clickOn("Local sandbox");
        robot.clickOn("#themeChoice"); // the focus sits elsewhere, as after choosing a theme
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        robot.interact(() -> viewModel.wizard().next());
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.Node focused = stage.getScene().getFocusOwner();
        assertThat(focused).isNotNull();
        assertThat(focused.getId()).isNotEqualTo("themeChoice");
        assertThat(isInside(focused, robot.lookup("#chooseFileButton").query().getParent()))
                .as("focus on %s", focused)
                .isTrue();
    }

    private static boolean isInside(javafx.scene.Node node, javafx.scene.Node ancestorOrSelf) {
        for (javafx.scene.Node at = node; at != null; at = at.getParent()) {
            if (at == ancestorOrSelf) {
                return true;
            }
        }
        return false;
    }

    @Test
    void laterStepHeadersStayDisabledUntilTheStepsBeforeAreDone(FxRobot robot) {
        assertThat(button(robot, "#sourceStepButton").isDisabled()).isTrue();
        assertThat(button(robot, "#columnsStepButton").isDisabled()).isTrue();
        robot.clickOn("Local sandbox");
        assertThat(button(robot, "#sourceStepButton").isDisabled()).isFalse();
        assertThat(button(robot, "#columnsStepButton").isDisabled()).isTrue();
    }

    @Test
    void switchingTheThemeAppliesPrimerDarkAndIsRemembered(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<ThemeMode> themeChoice = robot.lookup("#themeChoice").queryAs(ComboBox.class);
        assertThat(themeChoice.getValue()).isEqualTo(ThemeMode.SYSTEM);
        robot.clickOn(themeChoice).clickOn("Dark");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(ThemeApplier.DARK.getUserAgentStylesheet());
        assertThat(new UiPreferences(node).themeMode()).isEqualTo(ThemeMode.DARK);
        robot.clickOn(themeChoice).clickOn("Light");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(ThemeApplier.LIGHT.getUserAgentStylesheet());
    }

    @Test
    void windowBoundsAreSavedOnCloseAndRestoredAtTheNextStart(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(900);
            stage.setHeight(640);
            stage.close();
        });
        assertThat(preferences.windowBounds()).contains(new WindowBounds(40, 30, 900, 640, false));

        Stage reopened = WaitForAsyncUtils.asyncFx(() -> {
                    Stage next = new Stage();
                    new GuiComposition(GuiFixture.services(preferences, chooseSampleFile, GuiFixture.NO_TESTS))
                            .show(next);
                    return next;
                })
                .get();
        assertThat(reopened.getX()).isEqualTo(40);
        assertThat(reopened.getY()).isEqualTo(30);
        assertThat(reopened.getWidth()).isEqualTo(900);
        assertThat(reopened.getHeight()).isEqualTo(640);
        robot.interact(reopened::close);
    }

    /** Whether the node and all its parents are visible, i.e. the user sees it. */
    private static boolean showing(FxRobot robot, String query) {
        for (Node node = robot.lookup(query).query(); node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static Button button(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return (Button) node;
    }

    private static Path createSourceFile() {
        try {
            Path file = Files.createTempFile("orders", ".csv");
            Files.writeString(file, "id,zip\n1,02134\n");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
