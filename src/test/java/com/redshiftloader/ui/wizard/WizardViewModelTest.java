package com.redshiftloader.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WizardViewModelTest {

    private final Map<WizardStep, SimpleBooleanProperty> valid = new EnumMap<>(WizardStep.class);
    private WizardViewModel wizard;

    @BeforeEach
    void createWizard() {
        for (WizardStep step : WizardStep.values()) {
            valid.put(step, new SimpleBooleanProperty(false));
        }
        wizard = new WizardViewModel(valid);
    }

    @Test
    void startsOnConnectionWithNoWayBackOrForward() {
        assertThat(wizard.currentStep()).isEqualTo(WizardStep.CONNECTION);
        assertThat(wizard.canGoBackProperty().get()).isFalse();
        assertThat(wizard.canGoNextProperty().get()).isFalse();
        assertThat(wizard.next()).isFalse();
        assertThat(wizard.back()).isFalse();
        assertThat(wizard.currentStep()).isEqualTo(WizardStep.CONNECTION);
    }

    @Test
    void nextFollowsTheCurrentStepsValidity() {
        valid.get(WizardStep.CONNECTION).set(true);
        assertThat(wizard.canGoNextProperty().get()).isTrue();
        valid.get(WizardStep.CONNECTION).set(false);
        assertThat(wizard.canGoNextProperty().get()).isFalse();
    }

    @Test
    void walksForwardStepByStepAndBackAgain() {
        valid.values().forEach(property -> property.set(true));
        assertThat(wizard.next()).isTrue();
        assertThat(wizard.currentStep()).isEqualTo(WizardStep.SOURCE);
        assertThat(wizard.canGoBackProperty().get()).isTrue();
        wizard.next();
        wizard.next();
        assertThat(wizard.currentStep()).isEqualTo(WizardStep.TARGET);
        wizard.next();
        assertThat(wizard.currentStep()).isEqualTo(WizardStep.LOAD);
        assertThat(wizard.canGoNextProperty().get())
                .as("the last step has no next")
                .isFalse();
        assertThat(wizard.next()).isFalse();
        assertThat(wizard.back()).isTrue();
        assertThat(wizard.currentStep()).isEqualTo(WizardStep.TARGET);
    }

    @Test
    void invalidSourceStopsTheWizardOnSource() {
        valid.get(WizardStep.CONNECTION).set(true);
        wizard.next();
        assertThat(wizard.canGoNextProperty().get()).isFalse();
        valid.get(WizardStep.SOURCE).set(true);
        assertThat(wizard.canGoNextProperty().get()).isTrue();
    }

    @Test
    void jumpsOnlyToStepsWhoseEarlierStepsAreValid() {
        assertThat(wizard.canGoTo(WizardStep.CONNECTION)).isTrue();
        assertThat(wizard.goTo(WizardStep.COLUMNS)).isFalse();
        valid.get(WizardStep.CONNECTION).set(true);
        assertThat(wizard.canGoToProperty(WizardStep.SOURCE).get()).isTrue();
        assertThat(wizard.canGoToProperty(WizardStep.COLUMNS).get()).isFalse();
        valid.get(WizardStep.SOURCE).set(true);
        assertThat(wizard.goTo(WizardStep.COLUMNS)).isTrue();
        assertThat(wizard.currentStep()).isEqualTo(WizardStep.COLUMNS);
        assertThat(wizard.goTo(WizardStep.CONNECTION))
                .as("going back is always allowed")
                .isTrue();
    }

    @Test
    void statusTextNamesTheStepAndWhatToDo() {
        assertThat(wizard.statusTextProperty().getValue())
                .isEqualTo("Step 1 of 5 · Connection: Choose or create a connection profile");
        valid.get(WizardStep.CONNECTION).set(true);
        wizard.next();
        assertThat(wizard.statusTextProperty().getValue()).startsWith("Step 2 of 5 · Source");
    }

    @Test
    void refusesAMissingStepValidity() {
        valid.remove(WizardStep.LOAD);
        assertThatThrownBy(() -> new WizardViewModel(valid))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("LOAD");
    }
}
