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
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The theme choice of the real main window, which must keep working for the window's life. */
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
