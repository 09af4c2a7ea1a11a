package com.redshiftloader.domain.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads typed values out of a profile's raw key/value map (as parsed from YAML or edited in the form), collecting a
 * {@link ProfileProblem} for every value of the wrong type instead of stopping at the first.
 */
final class ProfileValues {

    private final Map<String, Object> raw;
    private final List<ProfileProblem> problems = new ArrayList<>();

    ProfileValues(Map<String, Object> raw) {
        this.raw = raw;
    }

    List<ProfileProblem> problems() {
        return problems;
    }

    void problem(ProfileKey key, String message) {
        problems.add(new ProfileProblem(key.path(), message));
    }

    boolean has(ProfileKey key) {
        Object value = raw.get(key.path());
        return value != null && !(value instanceof String s && s.isBlank());
    }

    Optional<String> text(ProfileKey key) {
        Object value = raw.get(key.path());
        return switch (value) {
            case null -> Optional.empty();
            case String s when s.isBlank() -> Optional.empty();
            case String s -> Optional.of(s.strip());
            case Number n -> Optional.of(n.toString());
            case Boolean b -> {
                problem(key, "must be text; found " + b + " (put it in quotes if you mean the word)");
                yield Optional.empty();
            }
            default -> {
                problem(key, "must be text; found " + describe(value));
                yield Optional.empty();
            }
        };
    }

    Optional<Secret> secret(ProfileKey key) {
        Object value = raw.get(key.path());
        if (value instanceof Number n) {
            return Optional.of(Secret.of(n.toString()));
        }
        return text(key).map(Secret::of);
    }

    boolean bool(ProfileKey key, boolean defaultValue) {
        Object value = raw.get(key.path());
        return switch (value) {
            case null -> defaultValue;
            case Boolean b -> b;
            case String s -> {
                problem(key, "must be true or false without quotes; found the text \"" + s + "\"");
                yield defaultValue;
            }
            default -> {
                problem(key, "must be true or false; found " + describe(value));
                yield defaultValue;
            }
        };
    }

    Optional<Long> integer(ProfileKey key) {
        Object value = raw.get(key.path());
        return switch (value) {
            case null -> Optional.empty();
            case Integer i -> Optional.of(i.longValue());
            case Long l -> Optional.of(l);
            case String s -> {
                problem(key, "must be a whole number without quotes; found the text \"" + s + "\"");
                yield Optional.empty();
            }
            default -> {
                problem(key, "must be a whole number; found " + describe(value));
                yield Optional.empty();
            }
        };
    }

    List<String> list(ProfileKey key) {
        Object value = raw.get(key.path());
        return switch (value) {
            case null -> List.of();
            case String s when s.isBlank() -> List.of();
            case String s -> List.of(s.split("\\s*,\\s*"));
            case List<?> items
            when items.stream().allMatch(i -> i instanceof String) ->
                items.stream().map(String.class::cast).map(String::strip).toList();
            default -> {
                problem(key, "must be a list of names, e.g. [id, region]; found " + describe(value));
                yield List.of();
            }
        };
    }

    private static String describe(Object value) {
        return switch (value) {
            case Map<?, ?> m -> "a nested map";
            case List<?> l -> "a list";
            case Boolean b -> b.toString();
            case Number n -> "the number " + n;
            default -> "\"" + value + "\"";
        };
    }
}
