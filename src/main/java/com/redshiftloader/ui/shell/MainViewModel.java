package com.redshiftloader.ui.shell;

import com.redshiftloader.ui.columns.ColumnsStepViewModel;
import com.redshiftloader.ui.connection.ConnectionStepViewModel;
import com.redshiftloader.ui.load.LoadStepViewModel;
import com.redshiftloader.ui.source.SourceStepViewModel;
import com.redshiftloader.ui.target.TargetStepViewModel;
import com.redshiftloader.ui.wizard.WizardStep;
import com.redshiftloader.ui.wizard.WizardViewModel;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;

/** The main window's state: the wizard, its steps, the theme and the version shown in the status bar. */
public final class MainViewModel {

    private final ConnectionStepViewModel connection;
    private final SourceStepViewModel source;
    private final ColumnsStepViewModel columns;
    private final TargetStepViewModel target;
    private final LoadStepViewModel load;
    private final WizardViewModel wizard;
    private final ThemeViewModel theme;
    private final String version;
    private final StringBinding statusText;

    public MainViewModel(
            ConnectionStepViewModel connection,
            SourceStepViewModel source,
            ColumnsStepViewModel columns,
            TargetStepViewModel target,
            LoadStepViewModel load,
            ThemeViewModel theme,
            String version) {
        this.connection = connection;
        this.source = source;
        this.columns = columns;
        this.target = target;
        this.load = load;
        this.theme = theme;
        this.version = version;
        this.wizard = new WizardViewModel(Map.of(
                WizardStep.CONNECTION, connection.validProperty(),
                WizardStep.SOURCE, source.validProperty(),
                WizardStep.COLUMNS, columns.validProperty(),
                WizardStep.TARGET, target.validProperty(),
                WizardStep.LOAD, load.validProperty()));
        this.statusText = Bindings.createStringBinding(
                this::describeStep, wizard.statusTextProperty(), source.statusHintProperty());
        // A load may have created the table or changed its rows: the Target step lists the tables again.
        load.history().addListener((InvalidationListener) observable -> target.tablesChanged());
        wizard.currentStepProperty().addListener((observable, before, after) -> {
            if (after == WizardStep.COLUMNS) {
                columns.refresh();
            } else if (after == WizardStep.TARGET) {
                target.refresh();
            } else if (after == WizardStep.LOAD) {
                load.refresh();
            }
        });
    }

    public WizardViewModel wizard() {
        return wizard;
    }

    public ThemeViewModel theme() {
        return theme;
    }

    public ConnectionStepViewModel connection() {
        return connection;
    }

    public SourceStepViewModel source() {
        return source;
    }

    public ColumnsStepViewModel columns() {
        return columns;
    }

    public TargetStepViewModel target() {
        return target;
    }

    public LoadStepViewModel load() {
        return load;
    }

    /** The status bar's text: the step and what to do on it, in the step's own words once it has some. */
    public StringBinding statusTextProperty() {
        return statusText;
    }

    private String describeStep() {
        WizardStep step = wizard.currentStep();
        String hint = step == WizardStep.SOURCE ? source.statusHintProperty().get() : "";
        return hint.isEmpty() ? wizard.statusTextProperty().getValue() : step.status(hint);
    }

    /** "Redshift Loader 0.1.0", for the status bar. */
    public String versionText() {
        return "Redshift Loader " + version;
    }
}
