package com.redshiftloader.cli.args;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * Runs a command line: parses the arguments against the root command and its subcommands, then prints the usage or
 * the version, reports a usage error, or runs the command. Exit codes: the command's own, {@value #USAGE_ERROR} for a
 * usage error, {@value #FAILED} when the command throws.
 */
public final class CommandLineRunner {

    /** Exit code of a usage error: an unknown option, a missing or invalid value, an extra argument. */
    public static final int USAGE_ERROR = 2;

    /** Exit code when a command ends with an exception. */
    public static final int FAILED = 1;

    private final Command root;
    private final String version;

    /** @param version what {@code --version} prints */
    public CommandLineRunner(Command root, String version) {
        this.root = root;
        this.version = version;
    }

    /** Runs on the process's standard output and error. */
    public int execute(String... args) {
        return execute(writer(System.out), writer(System.err), args);
    }

    /** Runs with {@code out} as standard output and {@code err} as standard error; flushes both. */
    public int execute(PrintWriter out, PrintWriter err, String... args) {
        try {
            return switch (ArgumentParser.parse(root, args)) {
                case ParseResult.Run run -> run(run, out, err);
                case ParseResult.HelpRequested(List<Command> path) -> {
                    out.print(UsageHelp.render(path));
                    yield 0;
                }
                case ParseResult.VersionRequested() -> {
                    out.println(version);
                    yield 0;
                }
                case ParseResult.Invalid(List<Command> path, String message, Optional<String> hint) -> {
                    err.println(message);
                    err.print(hint.map(fix -> fix + System.lineSeparator()).orElseGet(() -> UsageHelp.render(path)));
                    yield USAGE_ERROR;
                }
            };
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int run(ParseResult.Run run, PrintWriter out, PrintWriter err) {
        Command command = run.path().getLast();
        try {
            return command.run(new Invocation(run.path(), run.arguments(), out, err));
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            // The user gets the message; the stack trace goes to the log file, for us. The logger is looked up
            // only here: logging starts on first use, which costs every command that needs no log a noticeable part
            // of its start.
            out.flush();
            err.println("error: "
                    + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
            LoggerFactory.getLogger(CommandLineRunner.class)
                    .error("The command '{}' failed", UsageHelp.qualifiedName(run.path()), e);
            return FAILED;
        }
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, stream.charset()), true);
    }
}
