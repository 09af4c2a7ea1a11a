package com.redshiftloader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.cli.args.CommandLineRunner;
import com.redshiftloader.domain.profile.ProfileBinder;
import com.redshiftloader.infra.aws.RedshiftCredentialsProvider;
import com.redshiftloader.infra.connection.StepwiseConnectionTester;
import com.redshiftloader.infra.jdbc.JdbcConnector;
import com.redshiftloader.infra.store.ProfileStore;
import com.redshiftloader.testinfra.PostgresDatabaseExtension;
import com.redshiftloader.testinfra.RedshiftStandInExtension;
import com.redshiftloader.testinfra.redshift.RedshiftStandIn;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code test} and {@code profiles list} run in-process on a temporary profile directory. */
@ExtendWith({PostgresDatabaseExtension.class, RedshiftStandInExtension.class})
class TestCommandTest {

    private static final Function<String, Optional<String>> NO_ENVIRONMENT = name -> Optional.empty();

    @TempDir
    Path profiles;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Builds the command line as the app does, with a store that defaults to the temporary directory. */
    static CommandLineRunner commandLine(Path defaultDirectory) {
        RedshiftCredentialsProvider iam = new RedshiftCredentialsProvider(NO_ENVIRONMENT);
        StepwiseConnectionTester tester =
                new StepwiseConnectionTester(new JdbcConnector(iam, NO_ENVIRONMENT), iam, NO_ENVIRONMENT);
        ProfileStoreFactory stores = directory ->
                new ProfileStore(directory.orElse(defaultDirectory), new ProfileBinder(type -> Optional.empty()));
        return RootCommand.commandLine("1.2.3", new TestCommand(stores, tester), ProfilesCommand.create(stores));
    }

    private int run(String... args) {
        return commandLine(profiles.resolve("unused"))
                .execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    static String standInYaml(RedshiftStandIn standIn, String password) {
        return """
                host: 127.0.0.1
                port: %d
                database: %s
                user: %s
                password: %s
                ssl_mode: disable
                connect_timeout: 5
                schema: public
                """.formatted(
                standIn.port(), standIn.database().name(), standIn.database().user(), password);
    }

    private void write(String file, String yaml) throws IOException {
        Files.writeString(profiles.resolve(file), yaml);
    }

    @Test
    void passingProfileExitsZeroAndPrintsEachStep(RedshiftStandIn standIn) throws IOException {
        write("good.yaml", standInYaml(standIn, standIn.database().password()));

        int exit = run("test", "--profile", "good", "--profiles-dir", profiles.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("Testing good (127.0.0.1:" + standIn.port() + ")")
                .containsPattern("✓ Resolve host +\\d+ ms  127\\.0\\.0\\.1")
                .containsPattern("✓ Log in +\\d+ ms  logged in as loader")
                .contains("- TLS", "skipped: ssl_mode is disable");
    }

    @Test
    void failingStepExitsOneAndPrintsTheFixIndented(RedshiftStandIn standIn) throws IOException {
        write("wrong.yaml", standInYaml(standIn, "Wrong-Password-5"));

        int exit = run("test", "--profile", "wrong", "--profiles-dir", profiles.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString())
                .containsPattern("✗ Log in +\\d+ ms  Wrong user name or password for user loader\\.")
                .contains("\n    → Check user and password in the profile.")
                .contains("skipped: an earlier step failed")
                .doesNotContain("Wrong-Password-5");
    }

    @Test
    void profileGivenAsAPathIsLoadedFromTheFile(RedshiftStandIn standIn, @TempDir Path elsewhere) throws IOException {
        Path file = Files.writeString(
                elsewhere.resolve("io_config.yaml"),
                standInYaml(standIn, standIn.database().password()));

        assertThat(run("test", "--profile", file.toString())).isZero();
        assertThat(out.toString()).contains("Testing io_config");
    }

    @Test
    void invalidProfileExitsTwoListingEachProblemWithKeyAndLine() throws IOException {
        write("bad.yaml", """
                host: db.example.com
                port: 99999
                database: dev
                user: loader
                pasword: secret
                """);

        int exit = run("test", "--profile", "bad", "--profiles-dir", profiles.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString())
                .contains("The profile bad cannot be used:")
                .contains("  unknown key 'pasword' at bad.yaml:5 — did you mean 'password'?")
                .contains("  'port' at bad.yaml:2 must be between 1 and 65535");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void missingProfileExitsTwo() {
        assertThat(run("test", "--profile", "nothing-here", "--profiles-dir", profiles.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("No profile file at");
    }

    @Test
    void profilesListShowsNameEngineAuthAndHost() throws IOException {
        write("prod.yaml", """
                host: prod.abc123.us-west-2.redshift.amazonaws.com
                database: dev
                cluster_identifier: prod
                db_user: loader
                access_key_id: AKIAEXAMPLE
                secret_access_key: not-shown
                """);
        write("sandbox.yaml", """
                engine: postgres
                host: localhost
                database: sandbox
                user: me
                """);
        write("broken.yaml", "host: x\nport: nope\n");

        int exit = run("profiles", "list", "--profiles-dir", profiles.toString());

        assertThat(exit).isZero();
        assertThat(out.toString().lines())
                .containsExactly(
                        "NAME                     ENGINE    AUTH     HOST",
                        "broken                   ?         ?        invalid: 'port' at broken.yaml:2 must be a whole"
                                + " number without quotes; found the text \"nope\"",
                        "prod                     redshift  iam      prod.abc123.us-west-2.redshift.amazonaws.com",
                        "sandbox                  postgres  password localhost");
        assertThat(out.toString()).doesNotContain("not-shown");
    }

    @Test
    void profilesListSaysWhenThereAreNone() {
        assertThat(run("profiles", "list", "--profiles-dir", profiles.toString()))
                .isZero();
        assertThat(out.toString()).isEqualTo("No saved profiles in " + profiles + System.lineSeparator());
    }
}
