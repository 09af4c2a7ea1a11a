package com.redshiftloader.ui.shell;

import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The UI's own remembered settings (window bounds, theme), in a {@link Preferences} node. */
public final class UiPreferences {

    private static final Logger LOG = LoggerFactory.getLogger(UiPreferences.class);
    private static final String THEME = "theme";
    private static final String[] BOUNDS_KEYS = {"window.x", "window.y", "window.width", "window.height"};
    private static final String MAXIMIZED = "window.maximized";

    private final Preferences node;

    public UiPreferences(Preferences node) {
        this.node = node;
    }

    /** The user's node for this application. */
    public static UiPreferences forCurrentUser() {
        return new UiPreferences(Preferences.userRoot().node("com/redshiftloader/ui"));
    }

    public ThemeMode themeMode() {
        try {
            return ThemeMode.valueOf(node.get(THEME, ThemeMode.SYSTEM.name()));
        } catch (IllegalArgumentException e) {
            return ThemeMode.SYSTEM;
        }
    }

    public void saveThemeMode(ThemeMode mode) {
        node.put(THEME, mode.name());
        flush();
    }

    public Optional<WindowBounds> windowBounds() {
        double[] values = new double[BOUNDS_KEYS.length];
        for (int i = 0; i < BOUNDS_KEYS.length; i++) {
            values[i] = node.getDouble(BOUNDS_KEYS[i], Double.NaN);
            if (Double.isNaN(values[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(
                new WindowBounds(values[0], values[1], values[2], values[3], node.getBoolean(MAXIMIZED, false)));
    }

    public void saveWindowBounds(WindowBounds bounds) {
        node.putDouble(BOUNDS_KEYS[0], bounds.x());
        node.putDouble(BOUNDS_KEYS[1], bounds.y());
        node.putDouble(BOUNDS_KEYS[2], bounds.width());
        node.putDouble(BOUNDS_KEYS[3], bounds.height());
        node.putBoolean(MAXIMIZED, bounds.maximized());
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Losing a window position is no reason to disturb the user; say it in the log.
            LOG.warn("Could not save the UI preferences: {}", e.getMessage());
        }
    }
}
