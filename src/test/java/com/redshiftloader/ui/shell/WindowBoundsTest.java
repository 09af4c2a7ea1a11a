package com.redshiftloader.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WindowBoundsTest {

    private final Preferences node = Preferences.userRoot().node("redshift-loader-test/" + UUID.randomUUID());

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void boundsOnAScreenThatIsGoneAreNotReachable() {
        List<Rectangle2D> laptop = List.of(new Rectangle2D(0, 0, 1440, 900));
        assertThat(new WindowBounds(100, 100, 1000, 700, false).isReachableOn(laptop))
                .isTrue();
        assertThat(new WindowBounds(2200, 100, 1000, 700, false).isReachableOn(laptop))
                .as("the window was on an external monitor that is unplugged now")
                .isFalse();
    }

    @Test
    void tooSmallBoundsGrowToTheMinimum() {
        WindowBounds bounds = new WindowBounds(0, 0, 10, 10, false);
        assertThat(bounds.width()).isEqualTo(WindowBounds.MIN_WIDTH);
        assertThat(bounds.height()).isEqualTo(WindowBounds.MIN_HEIGHT);
    }

    @Test
    void preferencesRememberBoundsAndTheme() {
        UiPreferences preferences = new UiPreferences(node);
        assertThat(preferences.windowBounds()).isEmpty();
        assertThat(preferences.themeMode()).isEqualTo(ThemeMode.SYSTEM);
        preferences.saveWindowBounds(new WindowBounds(10, 20, 900, 650, true));
        preferences.saveThemeMode(ThemeMode.DARK);
        UiPreferences reread = new UiPreferences(node);
        assertThat(reread.windowBounds()).contains(new WindowBounds(10, 20, 900, 650, true));
        assertThat(reread.themeMode()).isEqualTo(ThemeMode.DARK);
    }

    @Test
    void unknownThemeValueFallsBackToSystem() {
        node.put("theme", "SEPIA");
        assertThat(new UiPreferences(node).themeMode()).isEqualTo(ThemeMode.SYSTEM);
    }
}
