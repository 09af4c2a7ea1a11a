package com.redshiftloader.cli.args;

import java.util.List;
import java.util.Optional;

/** What the command line asks for: a command to run, a command's usage, the version, or it is wrong. */
sealed interface ParseResult {

    /** Run the last command of {@code path} with {@code arguments}. */
    record Run(List<Command> path, ParsedArguments arguments) implements ParseResult {
        public Run {
            path = List.copyOf(path);
        }
    }

    /** Print the usage of the last command of {@code path} ({@code --help}). */
    record HelpRequested(List<Command> path) implements ParseResult {
        public HelpRequested {
            path = List.copyOf(path);
        }
    }

    /** Print the version ({@code --version}). */
    record VersionRequested() implements ParseResult {}

    /**
     * A usage error in the last command of {@code path}: the message, then the hint, or the usage when there is no
     * hint.
     *
     * @param hint a likely fix, e.g. {@code Possible solutions: --table}
     */
    record Invalid(List<Command> path, String message, Optional<String> hint) implements ParseResult {
        public Invalid {
            path = List.copyOf(path);
        }
    }
}
