package com.redshiftloader.cli;

import com.redshiftloader.cli.args.Command;
import com.redshiftloader.cli.args.CommandSpec;
import com.redshiftloader.cli.args.Invocation;
import com.redshiftloader.cli.args.Option;
import com.redshiftloader.domain.connection.CheckResult;
import com.redshiftloader.domain.connection.ConnectionTestListener;
import com.redshiftloader.domain.connection.ConnectionTestReport;
import com.redshiftloader.domain.connection.ConnectionTester;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.profile.ProfileFileException;
import java.io.PrintWriter;
import java.time.Duration;

/** {@code test --profile NAME|FILE}: tests a connection step by step, printing each step as it ends. */
public final class TestCommand implements Command {

    public static final int PASSED = 0;
    public static final int FAILED = 1;

    private static final Option<String> PROFILE = Option.value(
                    "--profile",
                    "NAME|FILE",
                    "A saved profile's name, or the path of a profile YAML file (e.g. a Mage io_config.yaml).")
            .mandatory();

    private static final CommandSpec SPEC = CommandSpec.of(
                    "test",
                    "Tests a connection profile step by step: DNS, TCP, TLS, log-in, schema, table and S3 staging.")
            .withOptions(PROFILE, ProfileArgument.PROFILES_DIRECTORY)
            .withFooter("", "Exit codes: 0 every step passed, 1 a step failed, 2 the profile is invalid.")
            .sortingOptions();

    private final ProfileStoreFactory stores;
    private final ConnectionTester tester;

    public TestCommand(ProfileStoreFactory stores, ConnectionTester tester) {
        this.stores = stores;
        this.tester = tester;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation invocation) {
        PrintWriter out = invocation.out();
        PrintWriter err = invocation.err();
        String profile = invocation.arguments().value(PROFILE).orElseThrow();
        ConnectionProfile loaded;
        try {
            loaded = ProfileArgument.load(
                    stores.open(invocation.arguments().value(ProfileArgument.PROFILES_DIRECTORY)), profile);
        } catch (ProfileFileException e) {
            err.println("The profile " + profile + " cannot be used:");
            e.problems().forEach(problem -> err.println("  " + problem));
            return RootCommand.INVALID_INPUT;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return RootCommand.INVALID_INPUT;
        }
        out.println("Testing " + loaded.name() + " (" + loaded.host() + ":" + loaded.port() + ")");
        try {
            ConnectionTestReport report = tester.test(loaded, new Printer(out));
            return report.passed() ? PASSED : FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("The test was cancelled.");
            return FAILED;
        }
    }

    /** Prints each step as it ends: {@code ✓ Resolve host  12 ms  10.0.0.5}, failures with the fix below. */
    private record Printer(PrintWriter out) implements ConnectionTestListener {

        @Override
        public void finished(CheckResult result) {
            switch (result) {
                case CheckResult.Passed passed ->
                    out.printf("✓ %-30s %6s  %s%n", passed.check().title(), millis(passed.duration()), passed.detail());
                case CheckResult.Failed failed -> {
                    out.printf(
                            "✗ %-30s %6s  %s%n", failed.check().title(), millis(failed.duration()), failed.problem());
                    out.printf("    → %s%n", failed.fix());
                }
                case CheckResult.Skipped skipped ->
                    out.printf("- %-30s %6s  skipped: %s%n", skipped.check().title(), "", skipped.reason());
            }
            out.flush();
        }

        private static String millis(Duration duration) {
            return duration.toMillis() + " ms";
        }
    }
}
