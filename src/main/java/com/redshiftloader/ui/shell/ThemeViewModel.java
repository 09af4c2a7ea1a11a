package com.redshiftloader.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;

/** The theme the user chose and the one in effect (the system's when following it). */
public final class ThemeViewModel {

    private final ObjectProperty<ThemeMode> mode;
    private final BooleanBinding dark;

    /**
     * @param initial the saved choice
     * @param systemDark whether the operating system currently prefers a dark scheme
     */
    public ThemeViewModel(ThemeMode initial, ObservableBooleanValue systemDark) {
        mode = new SimpleObjectProperty<>(initial);
        dark = Bindings.createBooleanBinding(
                () -> switch (mode.get() == null ? ThemeMode.SYSTEM : mode.get()) {
                    case DARK -> true;
                    case LIGHT -> false;
                    case SYSTEM -> systemDark.get();
                },
                mode,
                systemDark);
    }

    public ObjectProperty<ThemeMode> modeProperty() {
        return mode;
    }

    /** Whether the dark theme is in effect. */
    public BooleanBinding darkProperty() {
        return dark;
    }
}
