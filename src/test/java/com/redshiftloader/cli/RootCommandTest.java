package com.redshiftloader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class RootCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return RootCommand.commandLine("1.2.3").execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void helpPrintsUsageAndSucceeds() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString())
                .contains("Usage: redshift-loader")
                .contains("--version")
                .contains("Exit codes");
    }

    @Test
    void versionNamesTheProduct() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString().strip()).isEqualTo("Redshift Loader 1.2.3");
    }

    @Test
    void withoutASubcommandTheUsageIsPrintedAndTheExitCodeIsTwo() {
        assertThat(run()).isEqualTo(RootCommand.INVALID_INPUT);
        assertThat(out.toString()).startsWith("Usage: redshift-loader [-hV]").contains("Exit codes");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(run("--frobnicate")).isEqualTo(RootCommand.INVALID_INPUT);
        assertThat(err.toString()).contains("Unknown option: '--frobnicate'");
    }
}
