package com.redshiftloader.cli;

import com.redshiftloader.cli.args.Command;
import com.redshiftloader.cli.args.CommandGroup;
import com.redshiftloader.cli.args.CommandLineRunner;
import com.redshiftloader.cli.args.CommandSpec;
import java.util.List;

/** The command line's root: lists the subcommands. Running it without a subcommand prints the usage. */
public final class RootCommand {

    /** Exit code for a usage error or invalid input. */
    public static final int INVALID_INPUT = CommandLineRunner.USAGE_ERROR;

    private static final CommandSpec SPEC = CommandSpec.of(
                    "redshift-loader",
                    "Loads CSV, TSV, JSON and JSON Lines files into Amazon Redshift (or PostgreSQL).",
                    "",
                    "Without arguments, the desktop application opens. With a subcommand, the same jobs run headless.")
            .withFooter("", "Exit codes: 0 success, 1 failure, 2 invalid input or usage.");

    private RootCommand() {}

    /**
     * A command line with the given subcommands. The app builds them with what they need (stores, testers), so that
     * this package wires nothing itself.
     */
    public static CommandLineRunner commandLine(String version, Command... subcommands) {
        return new CommandLineRunner(new CommandGroup(SPEC, List.of(subcommands)), "Redshift Loader " + version);
    }
}
