package com.redshiftloader.cli.args;

import java.util.List;

/**
 * A command that leads to its subcommands ({@code profiles} → {@code profiles list}). Run without one, it prints its
 * usage and exits with {@link CommandLineRunner#USAGE_ERROR}.
 */
public record CommandGroup(CommandSpec spec, List<Command> subcommands) implements Command {

    public CommandGroup {
        subcommands = List.copyOf(subcommands);
    }

    @Override
    public int run(Invocation invocation) {
        invocation.out().print(invocation.usage());
        return CommandLineRunner.USAGE_ERROR;
    }
}
