package com.redshiftloader.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;

/** Applies AtlantaFX Primer Light or Dark to the whole application as the theme ViewModel says. */
public final class ThemeApplier {

    public static final Theme LIGHT = new PrimerLight();
    public static final Theme DARK = new PrimerDark();

    private ThemeApplier() {}

    /** Applies the current theme now and on every change. Call on the FX thread. */
    public static void follow(ThemeViewModel theme) {
        apply(theme.darkProperty().get());
        theme.darkProperty().addListener((observable, wasDark, isDark) -> apply(isDark));
    }

    /** Whether the operating system prefers a dark scheme, as JavaFX reports it. Call on the FX thread. */
    public static BooleanBinding systemPrefersDark() {
        var preferences = Platform.getPreferences();
        return Bindings.createBooleanBinding(
                () -> preferences.getColorScheme() == ColorScheme.DARK, preferences.colorSchemeProperty());
    }

    private static void apply(boolean dark) {
        Application.setUserAgentStylesheet((dark ? DARK : LIGHT).getUserAgentStylesheet());
    }
}
