package com.redshiftloader.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

class ThemeViewModelTest {

    private final SimpleBooleanProperty systemDark = new SimpleBooleanProperty(false);

    @Test
    void followsTheSystemByDefault() {
        ThemeViewModel theme = new ThemeViewModel(ThemeMode.SYSTEM, systemDark);
        assertThat(theme.darkProperty().get()).isFalse();
        systemDark.set(true);
        assertThat(theme.darkProperty().get()).isTrue();
    }

    @Test
    void explicitChoiceWinsOverTheSystem() {
        ThemeViewModel theme = new ThemeViewModel(ThemeMode.LIGHT, systemDark);
        systemDark.set(true);
        assertThat(theme.darkProperty().get()).isFalse();
        theme.modeProperty().set(ThemeMode.DARK);
        systemDark.set(false);
        assertThat(theme.darkProperty().get()).isTrue();
    }
}
