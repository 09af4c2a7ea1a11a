package com.redshiftloader.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.ui.common.DialogService;
import com.redshiftloader.ui.shell.ThemeApplier;
import com.redshiftloader.ui.shell.ThemeMode;
import com.redshiftloader.ui.shell.UiPreferences;
import java.lang.ref.WeakReference;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The theme of the real main window: the choice keeps working for the window's life and the content follows it. */
@ExtendWith(ApplicationExtension.class)
class ThemeWindowTest {

    private static final Preferences TEST_PREFERENCES =
            Preferences.userRoot().node("redshift-loader-test/" + UUID.randomUUID());

    private final UiPreferences preferences =
            new UiPreferences(TEST_PREFERENCES.node(UUID.randomUUID().toString()));

    @Start
    void start(Stage stage) {
        preferences.saveThemeMode(ThemeMode.LIGHT);
        DialogService noFiles = Optional::empty;
        // As GuiApplication does: nothing but the window holds what show() builds.
        new GuiComposition(GuiFixture.services(preferences, noFiles, GuiFixture.NO_TESTS)).show(stage);
    }

    @AfterAll
    static void removePreferences() throws BackingStoreException {
        TEST_PREFERENCES.removeNode();
    }

    @Test
    void theThemeChoiceStillAppliesAndIsSavedAfterAGarbageCollection(FxRobot robot) throws InterruptedException {
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(ThemeApplier.LIGHT.getUserAgentStylesheet());
        collectGarbage();

        @SuppressWarnings("unchecked")
        ComboBox<ThemeMode> themeChoice = robot.lookup("#themeChoice").queryAs(ComboBox.class);
        robot.clickOn(themeChoice).clickOn("Dark");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(themeChoice.getValue()).isEqualTo(ThemeMode.DARK);
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(ThemeApplier.DARK.getUserAgentStylesheet());
        assertThat(preferences.themeMode()).as("the choice is saved").isEqualTo(ThemeMode.DARK);
    }

    @Test
    void theContentKeepsADarkBackgroundBehindItsHeadingsAfterTheFirstClick(FxRobot robot) throws Exception {
        robot.clickOn("#themeChoice").clickOn("Dark");
        robot.clickOn("Local sandbox");
        WaitForAsyncUtils.waitForFxEvents();
        assertReadableOnDark(heading(robot, "Connection"));

        robot.clickOn("#nextButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertReadableOnDark(heading(robot, "Source"));
    }

    private static Label heading(FxRobot robot, String text) {
        return robot.lookup(".step-title").queryAllAs(Label.class).stream()
                .filter(label -> label.getText().equals(text) && label.isVisible())
                .findFirst()
                .orElseThrow();
    }

    private static void assertReadableOnDark(Label heading) throws Exception {
        Color background =
                WaitForAsyncUtils.asyncFx(() -> paintedBehind(heading)).get();
        Color text = (Color) heading.getTextFill();
        assertThat(luminance(background))
                .as("the content behind %s is dark, not %s", heading.getText(), background)
                .isLessThan(0.1);
        assertThat(contrast(text, background))
                .as("%s's text %s on %s", heading.getText(), text, background)
                .isGreaterThanOrEqualTo(4.5);
    }

    /** The colour the user sees behind the node: the nearest ancestor's opaque background, else the scene's fill. */
    private static Color paintedBehind(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at instanceof Region region && region.getBackground() != null) {
                for (BackgroundFill fill : region.getBackground().getFills().reversed()) {
                    if (fill.getFill() instanceof Color color && color.getOpacity() == 1) {
                        return color;
                    }
                }
            }
        }
        return (Color) node.getScene().getFill();
    }

    /** WCAG relative luminance. */
    private static double luminance(Color color) {
        return 0.2126 * linear(color.getRed()) + 0.7152 * linear(color.getGreen()) + 0.0722 * linear(color.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    /** WCAG contrast ratio, 1 to 21. */
    private static double contrast(Color first, Color second) {
        double lighter = Math.max(luminance(first), luminance(second));
        double darker = Math.min(luminance(first), luminance(second));
        return (lighter + 0.05) / (darker + 0.05);
    }

    /** Runs the collector until a weakly held sentinel is gone, so a collection really happened. */
    private static void collectGarbage() throws InterruptedException {
        WeakReference<Object> sentinel = new WeakReference<>(new Object());
        for (int attempt = 0; attempt < 50 && sentinel.get() != null; attempt++) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(sentinel.get()).as("the garbage collector ran").isNull();
        System.gc();
        WaitForAsyncUtils.waitForFxEvents();
    }
}
