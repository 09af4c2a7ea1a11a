package com.redshiftloader.ui.connection;

import java.util.List;

/** A profile operation failed; {@link #problems()} says why, one line each, ready to show. */
public final class ProfileServiceException extends Exception {

    private final List<String> problems;

    public ProfileServiceException(List<String> problems, Throwable cause) {
        super(String.join(System.lineSeparator(), problems), cause);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
