package com.redshiftloader.ui.connection;

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
    private final DialogService dialogs;
    private final ProfileFormViewModel form;
    private final ObservableList<String> names = FXCollections.observableArrayList();
    private final ObjectProperty<String> selected = new SimpleObjectProperty<>();
    private final ConnectionTestRun run;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanBinding sandboxSelected = selected.isEqualTo(LOCAL_SANDBOX);
    private final BooleanBinding valid;
    private final BooleanBinding canSave;
    private final BooleanBinding canSaveAs;
    private final BooleanBinding canTest;
    private final BooleanBinding savedProfileSelected;
    private final StringBinding title;
    private boolean reverting;

    public ConnectionStepViewModel(
            ProfileService profiles, ConnectionTester tester, BackgroundTasks tasks, DialogService dialogs) {
        this.profiles = profiles;
        this.run = new ConnectionTestRun(tester, tasks);
        this.dialogs = dialogs;
        this.form = new ProfileFormViewModel(profiles);
        valid = Bindings.createBooleanBinding(
                () -> sandboxSelected.get() || form.validProperty().get(),
                selected,
                sandboxSelected,
                form.validProperty());
        canSaveAs = sandboxSelected.not().and(form.validProperty());
        canSave = canSaveAs.and(form.dirtyProperty());
        canTest = run.testingProperty().not().and(sandboxSelected.or(form.validProperty()));
        savedProfileSelected = selected.isNotNull().and(sandboxSelected.not());
        title = Bindings.when(sandboxSelected)
                .then(LOCAL_SANDBOX)
                .otherwise(Bindings.when(form.nameProperty().isEmpty())
                        .then("New profile")
                        .otherwise(form.nameProperty()));
        selected.addListener((observable, before, after) -> onSelected(after));
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
        return run.checks();
    }

    /** The test's steps and its verdict as text, for copying into a ticket or a chat. */
    public String checksText() {
        StringBuilder text = new StringBuilder();
        run.checks().forEach(row -> text.append(row.text()).append(System.lineSeparator()));
        return text.append(statusProperty().get()).toString().strip();
    }

    public ReadOnlyBooleanProperty testingProperty() {
        return run.testingProperty();
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

    /**
     * The user picks {@code name} in the list: unsaved changes are offered for discarding first, and the selection
     * moves only when they are discarded. Setting {@link #selectedProfileProperty()} directly loads without asking.
     */
    public void select(String name) {
        if (name == null || name.equals(selected.get())) {
            return;
        }
        if (confirmLeaving("switch to '" + name + "'")) {
            selected.set(name);
        }
    }

    /** Starts a new, empty profile. */
    public void newProfile() {
        if (confirmLeaving("start a new profile")) {
            reverting = true;
            selected.set(null);
            reverting = false;
            form.clear();
            run.checks().clear();
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
        if (run.testingProperty().get()) {
            return;
        }
        Optional<ConnectionProfile> profile = sandboxSelected.get() ? Optional.empty() : form.profile();
        if (profile.isEmpty() && !sandboxSelected.get()) {
            status.set("Fix the marked fields first");
            return;
        }
        run.start(() -> profile.isPresent() ? profile.get() : profiles.startSandbox(), status::set);
    }

    public void cancelTest() {
        if (run.cancel()) {
            status.set("Connection test cancelled");
        }
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

    private void onSelected(String after) {
        if (reverting) {
            return;
        }
        run.checks().clear();
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

    /** Asks before unsaved changes are lost, naming the profile being left and what happens instead. */
    private boolean confirmLeaving(String instead) {
        if (!form.dirtyProperty().get()) {
            return true;
        }
        String leaving = form.nameProperty().get().isBlank()
                ? "the new profile"
                : "'" + form.nameProperty().get() + "'";
        return dialogs.confirmDiscard("the unsaved changes to " + leaving + " and " + instead);
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
}
