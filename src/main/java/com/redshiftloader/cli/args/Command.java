package com.redshiftloader.cli.args;

import java.util.List;

/** A command of the command line: what it accepts, its subcommands, and what it does when run. */
public interface Command {

    CommandSpec spec();

    /** The commands that may follow this one's name; none by default. */
    default List<Command> subcommands() {
        return List.of();
    }

    /**
     * Runs the command with the arguments given to it.
     *
     * @return the process's exit code
     * @throws Exception a failure the command does not handle: the runner reports it and exits with 1
     */
    int run(Invocation invocation) throws Exception;
}
