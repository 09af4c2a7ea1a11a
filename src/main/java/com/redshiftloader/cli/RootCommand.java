package com.redshiftloader.cli;

import com.redshiftloader.infra.files.FileSourceInspector;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The command line's root: lists the subcommands. Running it without a subcommand prints the usage. */
@Command(
        name = "redshift-loader",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Loads CSV, TSV, JSON and JSON Lines files into Amazon Redshift (or PostgreSQL).",
            "",
            "Without arguments, the desktop application opens. With a subcommand, the same jobs run headless.",
        },
        footer = {"", "Exit codes: 0 success, 1 failure, 2 invalid input or usage."},
        commandListHeading = "%nCommands:%n")
public final class RootCommand implements Callable<Integer> {

    /** Exit code for a usage error or invalid input. */
    public static final int INVALID_INPUT = 2;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return INVALID_INPUT;
    }

    /** A command line with the subcommands known so far; the app adds each as its feature lands. */
    public static CommandLine commandLine(String version) {
        CommandLine commandLine = new CommandLine(new RootCommand());
        commandLine.getCommandSpec().version("Redshift Loader " + version);
        commandLine.addSubcommand(new InspectCommand(new FileSourceInspector()));
        return commandLine;
    }
}
