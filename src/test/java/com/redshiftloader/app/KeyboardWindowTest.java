package com.redshiftloader.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.ui.shell.MainViewModel;
import com.redshiftloader.ui.shell.UiPreferences;
import com.redshiftloader.ui.wizard.WizardStep;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import javafx.scene.control.ComboBox;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The keyboard in the real window: Enter in a combo's popup, and a visible focus on every control of a step. */
@ExtendWith(ApplicationExtension.class)
class KeyboardWindowTest {

    private static final Preferences NODE = Preferences.userRoot().node("redshift-loader-test/" + UUID.randomUUID());
    private static final Path SOURCE_FILE = sourceFile();

    private MainViewModel viewModel;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        UiPreferences preferences =
                new UiPreferences(NODE.node(UUID.randomUUID().toString()));
        viewModel = GuiFixture.show(
                stage, GuiFixture.services(preferences, () -> Optional.of(SOURCE_FILE), GuiFixture.NO_TESTS));
    }

    @AfterAll
    static void removePreferences() throws BackingStoreException {
        NODE.removeNode();
    }

    @Test
    void enterInAComboPopupChoosesTheItemWithoutGoingToTheNextStep(FxRobot robot) throws Exception {
        GuiFixture.openFile(robot, viewModel, "Local sandbox");
        ComboBox<?> format = robot.lookup("#formatChoice").queryAs(ComboBox.class);
        Object before = format.getValue();
        robot.clickOn(format);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, format::isShowing);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(format.isShowing()).isFalse();
        assertThat(format.getValue()).as("Enter chose the next format").isNotEqualTo(before);
        assertThat(viewModel.wizard().currentStep())
                .as("the Enter that closed the popup did not also press Next")
                .isEqualTo(WizardStep.SOURCE);

        robot.interact(() -> robot.lookup("#previewTable").query().requestFocus());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.wizard().currentStep())
                .as("elsewhere Enter still presses Next")
                .isEqualTo(WizardStep.COLUMNS);
    }

    @Test
    void theMainButtonsHaveMnemonics(FxRobot robot) throws Exception {
        robot.clickOn("Local sandbox");
        robot.press(KeyCode.ALT).type(KeyCode.N).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.wizard().currentStep()).as("Alt+N is Next").isEqualTo(WizardStep.SOURCE);

        robot.press(KeyCode.ALT).type(KeyCode.C).release(KeyCode.ALT);
        WaitForAsyncUtils.waitFor(
                15, TimeUnit.SECONDS, () -> viewModel.source().scannedProperty().get() != null);
        assertThat(viewModel.source().fileProperty().get())
                .as("Alt+C is Choose file")
                .isEqualTo(SOURCE_FILE);

        robot.press(KeyCode.ALT).type(KeyCode.B).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.wizard().currentStep()).as("Alt+B is Back").isEqualTo(WizardStep.CONNECTION);
    }

    @Test
    void noTwoButtonsOfAStepShareAMnemonic(FxRobot robot) {
        Parent container = robot.lookup("#stepContainer").queryAs(Parent.class);
        List<String> shell = mnemonics(stage.getScene().getRoot(), container);
        assertThat(shell).contains("B", "N");
        for (Node page : container.getChildrenUnmodifiable()) {
            List<String> keys = new ArrayList<>(shell);
            keys.addAll(mnemonics(page, null));
            assertThat(keys)
                    .as("mnemonics of %s and the window's own buttons", page.getId())
                    .doesNotHaveDuplicates();
        }
    }

    /** The mnemonic letters under {@code node}, upper case, leaving out the subtree {@code skip}. */
    private static List<String> mnemonics(Node node, Node skip) {
        List<String> keys = new ArrayList<>();
        if (node == skip) {
            return keys;
        }
        if (node instanceof javafx.scene.control.Labeled labeled
                && labeled.isMnemonicParsing()
                && labeled.getText() != null) {
            int at = labeled.getText().indexOf('_');
            if (at >= 0 && at + 1 < labeled.getText().length()) {
                keys.add(labeled.getText().substring(at + 1, at + 2).toUpperCase(java.util.Locale.ROOT));
            }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> keys.addAll(mnemonics(child, skip)));
        }
        return keys;
    }

    @Test
    void everyControlOfTheFirstThreeStepsShowsWhenItHasTheFocus(FxRobot robot) throws Exception {
        robot.clickOn("Local sandbox");
        assertThat(unmarked(robot, "#profileList")).as("Connection step").isEmpty();
        robot.clickOn("#nextButton");
        robot.clickOn("#chooseFileButton");
        WaitForAsyncUtils.waitFor(
                15, TimeUnit.SECONDS, () -> viewModel.source().scannedProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(unmarked(robot, "#chooseFileButton")).as("Source step").isEmpty();
        robot.clickOn("#nextButton");
        assertThat(unmarked(robot, "#columnTable")).as("Columns step").isEmpty();
    }

    /** The controls of the page holding {@code inside} that look the same with and without the focus. */
    private List<String> unmarked(FxRobot robot, String inside) {
        Node page = robot.lookup(inside).query();
        while (!"stepContainer".equals(page.getParent().getId())) {
            page = page.getParent();
        }
        List<Node> controls = new ArrayList<>();
        focusable(page, controls);
        assertThat(controls).hasSizeGreaterThanOrEqualTo(2);
        Node elsewhere = robot.lookup("#themeChoice").query();
        List<String> unmarked = new ArrayList<>();
        for (Node control : controls) {
            int[] unfocused = pixels(robot, control, elsewhere);
            int[] focused = pixels(robot, control, control);
            if (java.util.Arrays.equals(unfocused, focused)) {
                unmarked.add(control.getId() == null ? control.toString() : "#" + control.getId());
            }
        }
        return unmarked;
    }

    /** The control as painted while {@code owner} has the focus. */
    private int[] pixels(FxRobot robot, Node control, Node owner) {
        robot.interact(owner::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getFocusOwner()).isSameAs(owner);
        int[][] painted = new int[1][];
        robot.interact(() -> {
            WritableImage image = control.snapshot(null, null);
            PixelReader reader = image.getPixelReader();
            int width = (int) image.getWidth();
            int height = (int) image.getHeight();
            int[] argb = new int[width * height];
            reader.getPixels(0, 0, width, height, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, width);
            painted[0] = argb;
        });
        return painted[0];
    }

    private static void focusable(Node node, List<Node> found) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node.isFocusTraversable()) {
            found.add(node);
            return;
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> focusable(child, found));
        }
    }

    private static Path sourceFile() {
        try {
            Path file = Files.createTempFile("orders", ".csv");
            Files.writeString(file, "id,zip\n1,02134\n2,10001\n");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
