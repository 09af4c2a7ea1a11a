package com.redshiftloader.cli.args;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLineRunnerTest {

    private static final Option<Integer> ROWS = Option.value("--rows", "N", "Rows.", Converters.INTEGER);

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final FakeCommand show =
            new FakeCommand(CommandSpec.of("show", "Shows.").withOptions(ROWS), invocation -> {
                invocation
                        .out()
                        .println("rows: " + invocation.arguments().value(ROWS).orElse(0));
                return 0;
            });
    private final FakeCommand fail = new FakeCommand(CommandSpec.of("fail", "Fails."), invocation -> {
        throw new IOException("The disk is full.");
    });
    private final CommandGroup tool = new CommandGroup(CommandSpec.of("tool", "A tool."), List.of(show, fail));

    private int run(String... args) {
        return new CommandLineRunner(tool, "Tool 1.2.3").execute(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void commandRunsWithItsArgumentsAndItsExitCodeIsTheProcesss() {
        assertThat(run("show", "--rows", "3")).isZero();
        assertThat(out).hasToString("rows: 3" + System.lineSeparator());
        assertThat(err.toString()).isEmpty();
        assertThat(show.lastInvocation().path()).containsExactly(tool, show);
    }

    @Test
    void helpGoesToStandardOutputWithExitCodeZero() {
        assertThat(run("show", "--help")).isZero();
        assertThat(out.toString()).startsWith("Usage: tool show [-hV] [--rows=N]" + System.lineSeparator());
        assertThat(err.toString()).isEmpty();
        assertThat(show.lastInvocation()).as("the command does not run").isNull();
    }

    @Test
    void versionGoesToStandardOutputWithExitCodeZero() {
        assertThat(run("-V")).isZero();
        assertThat(out).hasToString("Tool 1.2.3" + System.lineSeparator());
    }

    @Test
    void usageErrorPrintsTheMessageAndTheUsageOnStandardErrorWithExitCodeTwo() {
        assertThat(run("show", "--rows", "many")).isEqualTo(2);
        assertThat(err.toString())
                .startsWith("Invalid value for option '--rows': 'many' is not an int" + System.lineSeparator()
                        + "Usage: tool show [-hV] [--rows=N]" + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
        assertThat(show.lastInvocation()).isNull();
    }

    @Test
    void usageErrorWithAHintPrintsTheHintInsteadOfTheUsage() {
        assertThat(run("show", "--row", "3")).isEqualTo(2);
        assertThat(err.toString().lines()).containsExactly("Unknown option: '--row'", "Possible solutions: --rows");
    }

    @Test
    void failureIsOneLineOnStandardErrorWithExitCodeOneAndNoStackTrace() {
        assertThat(run("fail")).isEqualTo(CommandLineRunner.FAILED);
        assertThat(err.toString().lines()).containsExactly("error: The disk is full.");
    }

    @Test
    void groupWithoutASubcommandPrintsItsUsageWithExitCodeTwo() {
        assertThat(run()).isEqualTo(CommandLineRunner.USAGE_ERROR);
        assertThat(out.toString())
                .startsWith("Usage: tool [-hV] [COMMAND]")
                .contains("Commands:", "  show  Shows.", "  fail  Fails.");
        assertThat(err.toString()).isEmpty();
    }
}
