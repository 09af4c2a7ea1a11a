package com.redshiftloader.ui.connection;

import com.redshiftloader.domain.connection.CheckResult;
import com.redshiftloader.domain.connection.ConnectionCheck;
import com.redshiftloader.domain.connection.ConnectionTestListener;
import com.redshiftloader.domain.connection.ConnectionTester;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.ui.common.DialogService;
import com.redshiftloader.ui.task.BackgroundTasks;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Connection step: the saved profiles and the Local sandbox, the editor of the chosen one, and its step-by-step
 * connection test. The step is valid when the sandbox is chosen or the editor holds a valid profile (saved or not,
 * so a one-off load needs no saved profile).
 */
public final class ConnectionStepViewModel {

    public static final String LOCAL_SANDBOX = "Local sandbox";

    private final ProfileService profiles;
    private final ConnectionTester tester;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final ProfileFormViewModel form;
    private final ObservableList<String> names = FXCollections.observableArrayList();
    private final ObjectProperty<String> selected = new SimpleObjectProperty<>();
    private final ObservableList<CheckRow> checks = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper testing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanBinding sandboxSelected = selected.isEqualTo(LOCAL_SANDBOX);
    private final BooleanBinding valid;
    private final BooleanBinding canSave;
    private final BooleanBinding canSaveAs;
    private final BooleanBinding canTest;
    private final BooleanBinding savedProfileSelected;
    private final StringBinding title;
    private BackgroundTasks.Running running;
    private boolean reverting;

    public ConnectionStepViewModel(
            ProfileService profiles, ConnectionTester tester, BackgroundTasks tasks, DialogService dialogs) {
        this.profiles = profiles;
        this.tester = tester;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.form = new ProfileFormViewModel(profiles);
        valid = Bindings.createBooleanBinding(
                () -> sandboxSelected.get() || form.validProperty().get(),
                selected,
                sandboxSelected,
                form.validProperty());
        canSaveAs = sandboxSelected.not().and(form.validProperty());
        canSave = canSaveAs.and(form.dirtyProperty());
        canTest = testing.not().and(sandboxSelected.or(form.validProperty()));
        savedProfileSelected = selected.isNotNull().and(sandboxSelected.not());
        title = Bindings.when(sandboxSelected)
                .then(LOCAL_SANDBOX)
                .otherwise(Bindings.when(form.nameProperty().isEmpty())
                        .then("New profile")
                        .otherwise(form.nameProperty()));
        selected.addListener((observable, before, after) -> onSelected(before, after));
        refresh();
    }

    public ProfileFormViewModel form() {
        return form;
    }

    public ObservableList<String> profiles() {
        return names;
    }

    /** The name chosen in the list ({@link #LOCAL_SANDBOX} for the sandbox). */
    public ObjectProperty<String> selectedProfileProperty() {
        return selected;
    }

    public BooleanBinding sandboxSelectedProperty() {
        return sandboxSelected;
    }

    public ObservableList<CheckRow> checks() {
        return checks;
    }

    public ReadOnlyBooleanProperty testingProperty() {
        return testing.getReadOnlyProperty();
    }

    /** What just happened, for the user ("Saved prod", "Test passed in 320 ms"). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    /** Save applies to a valid profile of one's own, not to the sandbox, once it differs from what was saved. */
    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    /** Save as… applies to a valid profile of one's own, changed or not (a copy under a new name). */
    public BooleanBinding canSaveAsProperty() {
        return canSaveAs;
    }

    /** A test may start when none runs and there is something to test: the sandbox or a valid profile. */
    public BooleanBinding canTestProperty() {
        return canTest;
    }

    /** Whether a saved profile is chosen, which Duplicate and Delete work on. */
    public BooleanBinding savedProfileSelectedProperty() {
        return savedProfileSelected;
    }

    /** The editor's heading: the sandbox, the profile's name, or "New profile". */
    public StringBinding titleProperty() {
        return title;
    }

    /** The profile to load into, when the step is valid. */
    public Optional<ConnectionProfile> chosenProfile() {
        return sandboxSelected.get() ? Optional.of(profiles.sandboxProfile()) : form.profile();
    }

    /** Starts a new, empty profile. */
    public void newProfile() {
        if (confirmLeaving()) {
            reverting = true;
            selected.set(null);
            reverting = false;
            form.clear();
            checks.clear();
        }
    }

    /** Saves under the current name, asking for one if the profile is new. */
    public void save() {
        if (form.nameProperty().get().isBlank()) {
            saveAs();
            return;
        }
        store(form.nameProperty().get());
    }

    /** Saves under a new name. */
    public void saveAs() {
        dialogs.askName("Save profile as", form.nameProperty().get()).ifPresent(this::store);
    }

    public void duplicate() {
        String current = selected.get();
        if (current == null || sandboxSelected.get()) {
            return;
        }
        dialogs.askName("Duplicate profile", current + " copy").ifPresent(this::store);
    }

    public void delete() {
        String current = selected.get();
        if (current == null
                || sandboxSelected.get()
                || !dialogs.confirm("Delete profile", "Delete the profile '" + current + "' and its saved secrets?")) {
            return;
        }
        try {
            profiles.delete(current);
            form.markSaved();
            refresh();
            selected.set(null);
            form.clear();
            status.set("Deleted " + current);
        } catch (ProfileServiceException e) {
            dialogs.showError("Could not delete " + current, e.problems());
        }
    }

    /** Imports a YAML profile, such as a Mage config, and selects it. */
    public void importProfile() {
        dialogs.chooseProfileToImport().ifPresent(file -> {
            String suggested = file.getFileName().toString().replaceFirst("\\.(ya?ml)$", "");
            dialogs.askName("Import profile as", suggested).ifPresent(name -> {
                try {
                    profiles.importFile(file, name);
                    refresh();
                    selected.set(name);
                    status.set("Imported " + file.getFileName() + " as " + name);
                } catch (ProfileServiceException e) {
                    dialogs.showError("Could not import " + file.getFileName(), e.problems());
                }
            });
        });
    }

    /** Tests the chosen profile step by step in the background; each step shows as it finishes. */
    public void testConnection() {
        if (testing.get()) {
            return;
        }
        Optional<ConnectionProfile> profile = sandboxSelected.get() ? Optional.empty() : form.profile();
        if (profile.isEmpty() && !sandboxSelected.get()) {
            status.set("Fix the marked fields first");
            return;
        }
        checks.setAll(java.util.Arrays.stream(ConnectionCheck.values())
                .map(CheckRow::pending)
                .toList());
        testing.set(true);
        status.set("Testing…");
        ConnectionTestListener listener = new ConnectionTestListener() {
            @Override
            public void started(ConnectionCheck check) {
                tasks.onUiThread(() -> replace(CheckRow.running(check)));
            }

            @Override
            public void finished(CheckResult result) {
                tasks.onUiThread(() -> replace(CheckRow.of(result)));
            }
        };
        running = tasks.run(
                "connection test",
                stop -> tester.test(profile.isPresent() ? profile.get() : profiles.startSandbox(), listener),
                report -> {
                    testing.set(false);
                    status.set(
                            report.passed() ? "Connection test passed" : "Connection test failed: see the marked step");
                },
                failure -> {
                    testing.set(false);
                    status.set("Connection test stopped: " + message(failure));
                });
    }

    public void cancelTest() {
        if (running != null && testing.get()) {
            running.cancel();
            testing.set(false);
            status.set("Connection test cancelled");
        }
    }

    private void replace(CheckRow row) {
        for (int i = 0; i < checks.size(); i++) {
            if (checks.get(i).check() == row.check()) {
                checks.set(i, row);
                return;
            }
        }
        checks.add(row);
    }

    private void store(String name) {
        form.nameProperty().set(name);
        Optional<ConnectionProfile> profile = form.profile();
        if (profile.isEmpty()) {
            dialogs.showError(
                    "Cannot save " + name,
                    List.copyOf(form.problems().entrySet().stream()
                            .map(e -> e.getKey() + ": " + e.getValue())
                            .toList()));
            return;
        }
        try {
            profiles.save(profile.get());
            form.markSaved();
            refresh();
            reverting = true;
            selected.set(name);
            reverting = false;
            status.set("Saved " + name);
        } catch (ProfileServiceException e) {
            dialogs.showError("Could not save " + name, e.problems());
        }
    }

    private void onSelected(String before, String after) {
        if (reverting) {
            return;
        }
        if (!confirmLeaving()) {
            reverting = true;
            selected.set(before);
            reverting = false;
            return;
        }
        checks.clear();
        if (after == null || after.equals(LOCAL_SANDBOX)) {
            form.clear();
            return;
        }
        try {
            form.load(profiles.load(after));
        } catch (ProfileServiceException e) {
            form.clear();
            form.nameProperty().set(after);
            dialogs.showError("The profile '" + after + "' has problems", e.problems());
        }
    }

    private boolean confirmLeaving() {
        return !form.dirtyProperty().get() || dialogs.confirmDiscard("the unsaved changes to this profile");
    }

    private void refresh() {
        try {
            List<String> saved = profiles.list();
            names.setAll(LOCAL_SANDBOX);
            names.addAll(saved);
        } catch (ProfileServiceException e) {
            names.setAll(LOCAL_SANDBOX);
            status.set("Could not list the saved profiles: " + String.join("; ", e.problems()));
        }
    }

    private static String message(Throwable failure) {
        if (failure instanceof ProfileServiceException e) {
            return String.join("; ", e.problems());
        }
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }
}
