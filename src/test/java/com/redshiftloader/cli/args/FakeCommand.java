package com.redshiftloader.cli.args;

/** A command for the parser's tests: records the invocation it ran with and returns a fixed exit code. */
final class FakeCommand implements Command {

    /** What the command does when run. */
    @FunctionalInterface
    interface Action {
        int run(Invocation invocation) throws Exception;
    }

    private final CommandSpec spec;
    private final Action action;
    private Invocation lastInvocation;

    FakeCommand(CommandSpec spec, Action action) {
        this.spec = spec;
        this.action = action;
    }

    FakeCommand(CommandSpec spec) {
        this(spec, invocation -> 0);
    }

    @Override
    public CommandSpec spec() {
        return spec;
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
