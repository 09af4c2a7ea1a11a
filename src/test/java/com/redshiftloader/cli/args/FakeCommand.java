package com.redshiftloader.cli.args;

import java.util.List;

/** A command for the parser's tests: records the invocation it ran with and returns a fixed exit code. */
final class FakeCommand implements Command {

    /** What the command does when run. */
    @FunctionalInterface
    interface Action {
        int run(Invocation invocation) throws Exception;
    }

    private final CommandSpec spec;
    private final List<Command> subcommands;
    private final Action action;
    private Invocation lastInvocation;

    FakeCommand(CommandSpec spec, Action action, Command... subcommands) {
        this.spec = spec;
        this.action = action;
        this.subcommands = List.of(subcommands);
    }

    FakeCommand(CommandSpec spec, Command... subcommands) {
        this(spec, invocation -> 0, subcommands);
    }

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public List<Command> subcommands() {
        return subcommands;
    }

    @Override
    public int run(Invocation invocation) throws Exception {
        lastInvocation = invocation;
        return action.run(invocation);
    }

    Invocation lastInvocation() {
        return lastInvocation;
    }
}
