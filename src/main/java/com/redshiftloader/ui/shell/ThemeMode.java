package com.redshiftloader.ui.shell;

/** The user's theme choice. */
public enum ThemeMode {
    SYSTEM("Follow system"),
    LIGHT("Light"),
    DARK("Dark");

    private final String label;

    ThemeMode(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
