package com.redshiftloader.domain.load;

import java.util.List;

/**
 * A job file that cannot be used: unreadable, not YAML, or keys with problems. The message lists every problem with
 * the file and line, e.g. {@code orders.job.yaml:5: unknown key 'moed'; use profile, file, …}.
 */
public final class JobFileException extends Exception {

    private final List<String> problems;

    public JobFileException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    public JobFileException(String problem, Throwable cause) {
        super(problem, cause);
        this.problems = List.of(problem);
    }

    /** One line per problem. */
    public List<String> problems() {
        return problems;
    }
}
