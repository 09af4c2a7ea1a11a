package com.redshiftloader.ui.connection;

import com.redshiftloader.domain.profile.BindResult;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.profile.ProfileEntries;
import com.redshiftloader.domain.profile.ProfileKey;
import com.redshiftloader.domain.profile.ProfileProblem;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The profile editor's state: one property per profile key (text for text, secrets, numbers and lists; a flag for
 * booleans), checked with the same binder that reads profile files, so the form and the files agree on every rule.
 */
public final class ProfileFormViewModel {

    private final ProfileService service;
    private final Map<ProfileKey, StringProperty> texts = new EnumMap<>(ProfileKey.class);
    private final Map<ProfileKey, BooleanProperty> flags = new EnumMap<>(ProfileKey.class);
    private final StringProperty name = new SimpleStringProperty("");
    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding valid = Bindings.isEmpty(problems);
    private Map<String, Object> saved = Map.of();
    private boolean loading;

    public ProfileFormViewModel(ProfileService service) {
        this.service = service;
        for (ProfileKey key : ProfileKey.values()) {
            Property<?> property = key.kind() == ProfileKey.Kind.BOOLEAN
                    ? flags.computeIfAbsent(key, k -> new SimpleBooleanProperty())
                    : texts.computeIfAbsent(key, k -> new SimpleStringProperty(""));
            property.addListener((observable, before, after) -> changed());
        }
        clear();
    }

    /** The text of a text, secret, number or list key. */
    public StringProperty text(ProfileKey key) {
        return Optional.ofNullable(texts.get(key)).orElseThrow(() -> new IllegalArgumentException(key + " is a flag"));
    }

    /** The value of a true/false key. */
    public BooleanProperty flag(ProfileKey key) {
        return Optional.ofNullable(flags.get(key)).orElseThrow(() -> new IllegalArgumentException(key + " is text"));
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** Key path → what is wrong with it; empty when the profile is valid. */
    public ObservableMap<String, String> problems() {
        return problems;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    /** Whether the form differs from what was last loaded or saved; a change undone is no change. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ProfileKey.Login login() {
        return "iam".equals(text(ProfileKey.AUTH).get()) ? ProfileKey.Login.IAM : ProfileKey.Login.PASSWORD;
    }

    public void setLogin(ProfileKey.Login login) {
        text(ProfileKey.AUTH).set(login == ProfileKey.Login.IAM ? "iam" : "password");
    }

    /**
     * Fills the form from a profile. The profile's keys leave defaults out (engine, TLS mode…), so the defaults go in
     * first and the keys over them: a saved Redshift profile shows its engine rather than a blank one.
     */
    public void load(ConnectionProfile profile) {
        withoutTracking(() -> {
            defaults();
            name.set(profile.name());
            ProfileEntries.of(profile).forEach(this::put);
        });
    }

    /** Empties the form for a new profile, with Redshift's defaults. */
    public void clear() {
        withoutTracking(() -> {
            defaults();
            name.set("");
        });
    }

    private void defaults() {
        clearFields();
        text(ProfileKey.ENGINE).set("redshift");
        text(ProfileKey.PORT).set("5439");
        text(ProfileKey.SSL_MODE).set("verify-ca");
        text(ProfileKey.SCHEMA).set("public");
        setLogin(ProfileKey.Login.PASSWORD);
        flag(ProfileKey.LOWER_CASE).set(true);
    }

    /** The profile the form describes, when it is valid. */
    public Optional<ConnectionProfile> profile() {
        return switch (service.bind(
                name.get().isBlank() ? "unnamed" : name.get().strip(), keys())) {
            case BindResult.Valid v -> Optional.of(v.profile());
            case BindResult.Invalid i -> Optional.empty();
        };
    }

    /** Marks the form as saved. */
    public void markSaved() {
        saved = keys();
        dirty.set(false);
    }

    /** The form as profile keys, typed as a YAML file would give them. */
    Map<String, Object> keys() {
        Map<String, Object> keys = new LinkedHashMap<>();
        texts.forEach((key, property) -> {
            String value = property.get() == null ? "" : property.get().strip();
            if (!value.isEmpty()) {
                keys.put(
                        key.path(),
                        switch (key.kind()) {
                            case INTEGER -> value.matches("-?\\d{1,18}") ? (Object) Long.parseLong(value) : value;
                            case LIST -> List.of(value.split("\\s*,\\s*"));
                            default -> value;
                        });
            }
        });
        boolean iam = login() == ProfileKey.Login.IAM;
        flags.forEach((key, property) -> keys.put(key.path(), property.get()));
        ProfileKey.Login unused = iam ? ProfileKey.Login.PASSWORD : ProfileKey.Login.IAM;
        for (ProfileKey key : ProfileKey.values()) {
            if (key.login().filter(unused::equals).isPresent()) {
                keys.remove(key.path());
            }
        }
        return keys;
    }

    private void put(String path, Object value) {
        ProfileKey.fromPath(path).ifPresent(key -> {
            if (key.kind() == ProfileKey.Kind.BOOLEAN) {
                flag(key).set(Boolean.TRUE.equals(value));
            } else if (value instanceof List<?> list) {
                text(key)
                        .set(String.join(
                                ", ", list.stream().map(String::valueOf).toList()));
            } else {
                text(key).set(String.valueOf(value));
            }
        });
    }

    private void clearFields() {
        texts.values().forEach(property -> property.set(""));
        flags.values().forEach(property -> property.set(false));
    }

    private void withoutTracking(Runnable change) {
        loading = true;
        try {
            change.run();
        } finally {
            loading = false;
        }
        validate();
        markSaved();
    }

    private void changed() {
        if (!loading) {
            validate();
            dirty.set(!keys().equals(saved));
        }
    }

    private void validate() {
        Map<String, String> found = new LinkedHashMap<>();
        if (service.bind(name.get(), keys()) instanceof BindResult.Invalid invalid) {
            for (ProfileProblem problem : invalid.problems()) {
                found.merge(problem.key(), problem.message(), (a, b) -> a + "; " + b);
            }
        }
        problems.keySet().retainAll(found.keySet());
        problems.putAll(found);
    }
}
