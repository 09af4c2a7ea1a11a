package com.redshiftloader.cli.args;

import java.io.PrintWriter;
import java.util.List;

/**
 * One run of a command: the arguments it was given and where it prints.
 *
 * @param path the command run, after the commands whose names led to it (the root first)
 * @param out standard output: the command's results
 * @param err standard error: progress, warnings and errors
 */
public record Invocation(List<Command> path, ParsedArguments arguments, PrintWriter out, PrintWriter err) {

    public Invocation {
        path = List.copyOf(path);
    }

    /** The command's usage, as {@code --help} prints it. */
    public String usage() {
        return UsageHelp.render(path);
    }
}
