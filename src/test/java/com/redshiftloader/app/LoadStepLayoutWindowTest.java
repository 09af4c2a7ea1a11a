package com.redshiftloader.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.testinfra.PostgresDatabaseExtension;
import com.redshiftloader.testinfra.TestDatabase;
import com.redshiftloader.ui.shell.ThemeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Load step at the window's working sizes, 1100×720 and 1366×768, in both themes, after a load and after a
 * failure: no button or label is cut short ("Sta…"), the status is visible, and a failure's message is there in full,
 * wrapping and selectable.
 */
@ExtendWith({PostgresDatabaseExtension.class, ApplicationExtension.class})
class LoadStepLayoutWindowTest {

    private static final Preferences NODE = Preferences.userRoot().node("redshift-loader-test/" + UUID.randomUUID());

    private final TestDatabase database;
    private LoadResultWindow window;
    private Stage stage;

    LoadStepLayoutWindowTest(TestDatabase database) {
        this.database = database;
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = new LoadResultWindow(stage, database, NODE);
        stage.setWidth(1100);
        stage.setHeight(720);
    }

    @AfterAll
    static void removePreferences() throws BackingStoreException {
        NODE.removeNode();
    }

    @Test
    void afterALoadNothingInTheLoadStepIsCutShortAtEitherSizeInEitherTheme(FxRobot robot) throws Exception {
        window.load(robot, window.orders("laid_out_orders_with_a_long_name.csv", 300));
        window.awaitTheGrid();
        assertThat(robot.lookup("#phaseLabel").queryLabeled().getText()).isEqualTo("Done");

        nothingIsCutShortAnywhere(robot);
        assertThat(robot.lookup("#phaseLabel").queryLabeled().isVisible()).isTrue();
        robot.press(KeyCode.ALT, KeyCode.S).release(KeyCode.S, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.questions)
                .as("Alt+S is Start load: the same file again asks first")
                .hasSize(1);
        robot.interact(() -> {
            stage.setWidth(1100);
            stage.setHeight(720);
        });
        robot.clickOn("Recent loads");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#historyList").queryAs(ListView.class).getHeight())
                .as("Recent loads shows a few lines")
                .isGreaterThanOrEqualTo(150);
    }

    @Test
    void aFailuresMessageIsThereInFullWrappingAndSelectable(FxRobot robot) throws Exception {
        window.load(robot, window.orders("laid_out_failure.csv", 3));
        robot.interact(() -> window.viewModel.load().modeProperty().set(LoadMode.FAIL_IF_EXISTS));
        GuiFixture.startTheLoad(robot, window.viewModel);

        String message = window.viewModel.load().resultProperty().get();
        assertThat(message).startsWith("Load failed, nothing was changed: The table public.laid_out_failure exists");
        TextArea shown = robot.lookup("#resultText").queryAs(TextArea.class);
        assertThat(shown.getText()).isEqualTo(message);
        assertThat(shown.isWrapText()).isTrue();
        assertThat(shown.isEditable()).isFalse();
        assertThat(shown.isVisible()).isTrue();
        robot.interact(shown::selectAll);
        assertThat(shown.getSelectedText()).isEqualTo(message);
        nothingIsCutShortAnywhere(robot);
    }

    /** At both sizes, in both themes, on each of the output's tabs. */
    private void nothingIsCutShortAnywhere(FxRobot robot) {
        TabPane tabs = robot.lookup("#outputTabs").queryAs(TabPane.class);
        List<String> cut = new ArrayList<>();
        for (int[] size : new int[][] {{1100, 720}, {1366, 768}}) {
            for (ThemeMode theme : List.of(ThemeMode.LIGHT, ThemeMode.DARK)) {
                for (int tab = 0; tab < tabs.getTabs().size(); tab++) {
                    int shown = tab;
                    robot.interact(() -> {
                        stage.setWidth(size[0]);
                        stage.setHeight(size[1]);
                        window.viewModel.theme().modeProperty().set(theme);
                        tabs.getSelectionModel().select(shown);
                    });
                    WaitForAsyncUtils.waitForFxEvents();
                    Node step = robot.lookup("#startButton").query().getParent().getParent();
                    truncated(step, cut, size[0] + "x" + size[1] + " " + theme + " tab " + tab + ": ");
                }
            }
        }
        assertThat(cut).as("Labeled cut short").isEmpty();
    }

    /** Every shown Labeled under {@code node} (list and table cells aside, they scroll) whose text is cut short. */
    private static void truncated(Node node, List<String> cut, String where) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && !(node instanceof Cell<?>) && labeled.isTextTruncated()) {
            cut.add(where + labeled.getClass().getSimpleName() + " '" + labeled.getText() + "' id=" + labeled.getId());
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                truncated(child, cut, where);
            }
        }
    }
}
