package com.redshiftloader.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.redshiftloader.domain.connection.ConnectionTestListener;
import com.redshiftloader.domain.connection.DatabaseCredentials;
import com.redshiftloader.domain.profile.AuthMethod;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.profile.ProfileBinder;
import com.redshiftloader.infra.aws.RedshiftCredentialsProvider;
import com.redshiftloader.infra.connection.StepwiseConnectionTester;
import com.redshiftloader.infra.jdbc.JdbcConnector;
import com.redshiftloader.infra.store.ProfileStore;
import com.redshiftloader.testinfra.EmbeddedPostgresServer;
import com.redshiftloader.testinfra.PostgresDatabaseExtension;
import com.redshiftloader.testinfra.RedshiftStandInExtension;
import com.redshiftloader.testinfra.TestProfiles;
import com.redshiftloader.testinfra.iam.RedshiftApiExtension;
import com.redshiftloader.testinfra.iam.RedshiftApiServer;
import com.redshiftloader.testinfra.redshift.RedshiftStandIn;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Connects, tests and runs the CLI {@code test} with a right and a wrong password (and an IAM profile) while capturing
 * every log event our code and the drivers send to Logback (root and {@code com.redshiftloader} at TRACE), the
 * process's stdout/stderr, the CLI's output, reports and exception stack traces; no secret may appear in any of them.
 */
@ExtendWith({PostgresDatabaseExtension.class, RedshiftStandInExtension.class, RedshiftApiExtension.class})
class SecretsNeverLeakTest {

    private static final String WRONG_PASSWORD = "Wrong-Secret-Pw-777";
    private static final Function<String, Optional<String>> NO_ENVIRONMENT = name -> Optional.empty();

    @TempDir
    Path profiles;

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final ByteArrayOutputStream processOutput = new ByteArrayOutputStream();
    private final List<String> seen = new ArrayList<>();
    private Logger root;
    private Logger ours;
    private Level rootLevel;
    private Level ourLevel;
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void captureEverything(RedshiftApiServer server) {
        root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ours = (Logger) LoggerFactory.getLogger("com.redshiftloader");
        rootLevel = root.getLevel();
        ourLevel = ours.getLevel();
        root.setLevel(Level.TRACE);
        ours.setLevel(Level.TRACE);
        logs.start();
        root.addAppender(logs);
        originalOut = System.out;
        originalErr = System.err;
        PrintStream capture = new PrintStream(processOutput, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        System.setProperty("aws.endpointUrlRedshift", server.endpoint().toString());
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
        root.detachAppender(logs);
        root.setLevel(rootLevel);
        ours.setLevel(ourLevel);
        System.clearProperty("aws.endpointUrlRedshift");
    }

    @Test
    void noSecretAppearsInLogsOutputMessagesOrStackTraces(RedshiftStandIn standIn) throws Exception {
        ProfileStore store = new ProfileStore(profiles, new ProfileBinder(type -> Optional.empty()));
        store.save(TestProfiles.bind(TestProfiles.standIn(standIn)).withName("right"));
        Map<String, Object> wrongKeys = TestProfiles.standIn(standIn);
        wrongKeys.put("password", WRONG_PASSWORD);
        store.save(TestProfiles.bind(wrongKeys).withName("wrong"));
        store.save(TestProfiles.bind(TestProfiles.iam(standIn)).withName("iam"));

        RedshiftCredentialsProvider iam = new RedshiftCredentialsProvider(NO_ENVIRONMENT);
        JdbcConnector connector = new JdbcConnector(iam, NO_ENVIRONMENT);
        StepwiseConnectionTester tester = new StepwiseConnectionTester(connector, iam, NO_ENVIRONMENT);
        ConnectionProfile right = store.load("right");
        ConnectionProfile wrong = store.load("wrong");
        ConnectionProfile iamProfile = store.load("iam");

        try (Connection connection = connector.open(right)) {
            seen.add(connection.toString());
        }
        assertThatThrownBy(() -> connector.open(wrong)).satisfies(this::see);
        DatabaseCredentials temporary = iam.obtain(iamProfile, (AuthMethod.Iam) iamProfile.auth());
        seen.add(temporary.toString());
        try (Connection connection = connector.open(iamProfile, temporary)) {
            seen.add(connection.toString());
        }
        for (ConnectionProfile profile : List.of(right, wrong, iamProfile)) {
            seen.add(tester.test(profile, ConnectionTestListener.NONE).toString());
        }
        assertThat(runCli("right")).isZero();
        assertThat(runCli("wrong")).isEqualTo(1);
        assertThat(runCli("iam")).isZero();

        seen.add(processOutput.toString(StandardCharsets.UTF_8));
        List<ILoggingEvent> events;
        synchronized (logs) { // AppenderBase appends under the appender's lock; stand-in threads still log
            events = new ArrayList<>(logs.list);
        }
        events.forEach(this::see);
        assertThat(events).as("the capture works").anySatisfy(event -> assertThat(event.getFormattedMessage())
                .startsWith("Connecting to jdbc:redshift://"));
        for (String secret : List.of(
                EmbeddedPostgresServer.LOGIN_PASSWORD,
                WRONG_PASSWORD,
                RedshiftApiServer.SECRET_ACCESS_KEY,
                temporary.password())) {
            assertThat(seen).noneSatisfy(text -> assertThat(text).contains(secret));
        }
    }

    @Test
    void productionLoggingKeepsHttpWireAndHeaderLogsOffEvenWithRootAtTrace() throws Exception {
        LoggerContext context = new LoggerContext();
        LoggingConfigurator.configure(context, profiles.resolve("logs"));
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.TRACE);

        assertThat(context.getLogger("org.apache.http.wire").isDebugEnabled()).isFalse();
        assertThat(context.getLogger("org.apache.http.headers").isDebugEnabled())
                .isFalse();
        context.stop();
    }

    private int runCli(String profile) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = CliComposition.commandLine("test", NO_ENVIRONMENT)
                .execute(
                        new PrintWriter(out, true),
                        new PrintWriter(err, true),
                        "test",
                        "--profile",
                        profile,
                        "--profiles-dir",
                        profiles.toString());
        seen.add(out.toString());
        seen.add(err.toString());
        return exit;
    }

    private void see(Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        seen.add(trace.toString());
    }

    private void see(ILoggingEvent event) {
        seen.add(event.getFormattedMessage());
        seen.add(String.valueOf(event.getMessage()));
        if (event.getArgumentArray() != null) {
            seen.add(Arrays.deepToString(event.getArgumentArray()));
        }
        if (event.getThrowableProxy() != null) {
            seen.add(ThrowableProxyUtil.asString(event.getThrowableProxy()));
        }
    }
}
