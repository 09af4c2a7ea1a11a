package com.redshiftloader.domain.profile;

import java.util.List;

/**
 * A profile file that cannot be used: unreadable YAML, or keys with problems. The message lists every problem with
 * the file and line, e.g. {@code unknown key 'pasword' at prod.yaml:4 — did you mean 'password'?}.
 */
public final class ProfileFileException extends Exception {

    private final List<String> problems;

    public ProfileFileException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    public ProfileFileException(String problem, Throwable cause) {
        super(problem, cause);
        this.problems = List.of(problem);
    }

    /** One line per problem. */
    public List<String> problems() {
        return problems;
    }
}
