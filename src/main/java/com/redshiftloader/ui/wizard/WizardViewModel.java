package com.redshiftloader.ui.wizard;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;

/**
 * The wizard's navigation as a small state machine: the current step, and whether the user may go back, forward
 * or jump to a step. Going forward needs the current step to be valid; jumping to a later step needs every step
 * before it to be valid. Going back is always allowed, except from the first step.
 */
public final class WizardViewModel {

    private final ReadOnlyObjectWrapper<WizardStep> currentStep = new ReadOnlyObjectWrapper<>(WizardStep.CONNECTION);
    private final Map<WizardStep, ObservableBooleanValue> validity;
    private final BooleanBinding canGoNext;
    private final BooleanBinding canGoBack;
    private final StringBinding statusText;

    /**
     * @param validity each step's validity, as maintained by that step's ViewModel; every step must be present
     */
    public WizardViewModel(Map<WizardStep, ? extends ObservableBooleanValue> validity) {
        this.validity = new EnumMap<>(WizardStep.class);
        this.validity.putAll(validity);
        for (WizardStep step : WizardStep.values()) {
            if (!this.validity.containsKey(step)) {
                throw new IllegalArgumentException("No validity given for the wizard step " + step);
            }
        }
        Observable[] dependencies = dependencies();
        canGoNext = Bindings.createBooleanBinding(
                () -> currentStep.get().next().isPresent() && isValid(currentStep.get()), dependencies);
        canGoBack =
                Bindings.createBooleanBinding(() -> currentStep.get().previous().isPresent(), currentStep);
        statusText = Bindings.createStringBinding(
                () -> currentStep.get().status(currentStep.get().hint()), currentStep);
    }

    private Observable[] dependencies() {
        Observable[] dependencies = new Observable[validity.size() + 1];
        int i = 0;
        for (ObservableBooleanValue value : validity.values()) {
            dependencies[i++] = value;
        }
        dependencies[i] = currentStep;
        return dependencies;
    }

    public ReadOnlyObjectProperty<WizardStep> currentStepProperty() {
        return currentStep.getReadOnlyProperty();
    }

    public WizardStep currentStep() {
        return currentStep.get();
    }

    public BooleanBinding canGoNextProperty() {
        return canGoNext;
    }

    public BooleanBinding canGoBackProperty() {
        return canGoBack;
    }

    /** "Step 2 of 5 · Source: Pick the file to load". */
    public ObservableValue<String> statusTextProperty() {
        return statusText;
    }

    public boolean isValid(WizardStep step) {
        return validity.get(step).get();
    }

    /** Whether the user may jump straight to the step: every step before it is valid. */
    public boolean canGoTo(WizardStep step) {
        for (WizardStep earlier : WizardStep.values()) {
            if (earlier.compareTo(step) >= 0) {
                return true;
            }
            if (!isValid(earlier)) {
                return false;
            }
        }
        return true;
    }

    /** A binding of {@link #canGoTo(WizardStep)}, for enabling the step headers. */
    public BooleanBinding canGoToProperty(WizardStep step) {
        return Bindings.createBooleanBinding(() -> canGoTo(step), dependencies());
    }

    /** Moves to the next step when the current one is valid; returns whether it moved. */
    public boolean next() {
        if (!canGoNext.get()) {
            return false;
        }
        currentStep.set(currentStep.get().next().orElseThrow());
        return true;
    }

    /** Moves to the previous step; returns whether it moved. */
    public boolean back() {
        if (!canGoBack.get()) {
            return false;
        }
        currentStep.set(currentStep.get().previous().orElseThrow());
        return true;
    }

    /** Jumps to the step when {@link #canGoTo(WizardStep)} allows it; returns whether it moved. */
    public boolean goTo(WizardStep step) {
        if (!canGoTo(step)) {
            return false;
        }
        currentStep.set(step);
        return true;
    }
}
