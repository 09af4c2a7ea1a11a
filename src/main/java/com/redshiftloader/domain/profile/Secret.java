package com.redshiftloader.domain.profile;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A password, key or token: either the value itself or a reference {@code ${env:NAME}} to an environment variable.
 * {@link #toString()} never shows a literal value, so a secret can be logged or put in an exception safely.
 */
public sealed interface Secret {

    Pattern ENV_REFERENCE = Pattern.compile("\\$\\{env:([A-Za-z_][A-Za-z0-9_]*)}");

    /** Reads what the user wrote: {@code ${env:NAME}} becomes a reference, anything else a literal. */
    static Secret of(String text) {
        Matcher matcher = ENV_REFERENCE.matcher(text.strip());
        return matcher.matches() ? new EnvReference(matcher.group(1)) : new Literal(text);
    }

    /** The text to write back to a file: the reference, or the literal value. */
    String asWritten();

    /**
     * The value to use.
     *
     * @param environment looks up an environment variable
     * @throws SecretUnavailableException when a referenced variable is not set
     */
    String resolve(Function<String, Optional<String>> environment);

    /** A secret written in the profile (or its secrets file). */
    record Literal(String value) implements Secret {
        @Override
        public String asWritten() {
            return value;
        }

        @Override
        public String resolve(Function<String, Optional<String>> environment) {
            return value;
        }

        @Override
        public String toString() {
            return "******";
        }
    }

    /** A secret read from an environment variable when it is needed. */
    record EnvReference(String variable) implements Secret {
        @Override
        public String asWritten() {
            return "${env:" + variable + "}";
        }

        @Override
        public String resolve(Function<String, Optional<String>> environment) {
            return environment
                    .apply(variable)
                    .orElseThrow(() -> new SecretUnavailableException("The environment variable " + variable
                            + " is not set; set it or write the secret in the profile."));
        }

        @Override
        public String toString() {
            return asWritten();
        }
    }
}
