package com.redshiftloader.infra.connection;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.connection.CheckResult;
import com.redshiftloader.domain.connection.ConnectionCheck;
import com.redshiftloader.domain.connection.ConnectionTestListener;
import com.redshiftloader.domain.connection.ConnectionTestReport;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.infra.aws.RedshiftCredentialsProvider;
import com.redshiftloader.infra.jdbc.JdbcConnector;
import com.redshiftloader.testinfra.PostgresDatabaseExtension;
import com.redshiftloader.testinfra.RedshiftStandInExtension;
import com.redshiftloader.testinfra.TestDatabase;
import com.redshiftloader.testinfra.TestProfiles;
import com.redshiftloader.testinfra.redshift.RedshiftStandIn;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The connection test's steps against the stand-in and the embedded PostgreSQL, failures included. */
@ExtendWith({PostgresDatabaseExtension.class, RedshiftStandInExtension.class})
class StepwiseConnectionTesterTest {

    static final Function<String, Optional<String>> NO_ENVIRONMENT = name -> Optional.empty();
    private static final String LIMITED_USER = "limited_loader";
    private static final String LIMITED_PASSWORD = "Limited-Pw-1";

    static StepwiseConnectionTester tester() {
        RedshiftCredentialsProvider iam = new RedshiftCredentialsProvider(NO_ENVIRONMENT);
        return new StepwiseConnectionTester(new JdbcConnector(iam, NO_ENVIRONMENT), iam, NO_ENVIRONMENT);
    }

    @BeforeAll
    static void createTableAndLimitedRole(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE public.orders (id int, placed_at timestamp)");
        }
        database.server()
                .execute(
                        "postgres",
                        "DROP ROLE IF EXISTS " + LIMITED_USER,
                        "CREATE ROLE " + LIMITED_USER + " LOGIN PASSWORD '" + LIMITED_PASSWORD + "'");
    }

    @Test
    void passwordProfileThroughTheRedshiftDriverPassesEveryStepThatApplies(RedshiftStandIn standIn) throws Exception {
        Map<String, Object> keys = TestProfiles.standIn(standIn);
        keys.put("table", "orders");
        List<String> events = new ArrayList<>();

        ConnectionTestReport report = tester().test(TestProfiles.bind(keys), new ConnectionTestListener() {
            @Override
            public void started(ConnectionCheck check) {
                events.add("start " + check);
            }

            @Override
            public void finished(CheckResult result) {
                events.add("end " + result.check());
            }
        });

        assertThat(report.passed()).isTrue();
        assertThat(details(report))
                .containsExactly(
                        "RESOLVE_HOST passed 127.0.0.1",
                        "OPEN_TCP passed connected to 127.0.0.1:" + standIn.port(),
                        "TLS skipped ssl_mode is disable: the connection is not encrypted",
                        "IAM_CREDENTIALS skipped password login",
                        "AUTHENTICATE passed logged in as loader",
                        "SERVER_VERSION passed " + version(report),
                        "SCHEMA passed schema public exists",
                        "TABLE passed table public.orders exists with 2 columns (id, placed_at)",
                        "S3_BUCKET skipped use_s3_copy is false",
                        "S3_PROBE skipped use_s3_copy is false",
                        "S3_REGION skipped use_s3_copy is false");
        assertThat(version(report))
                .startsWith("PostgreSQL 17")
                .endsWith("(not Amazon Redshift, though the profile says engine: redshift)");
        assertThat(events)
                .startsWith("start RESOLVE_HOST", "end RESOLVE_HOST", "start OPEN_TCP", "end OPEN_TCP", "end TLS")
                .contains("start AUTHENTICATE", "end S3_REGION")
                .doesNotContain("start TLS");
    }

    @Test
    void postgresEngineGoesStraightToPostgres(TestDatabase database) throws Exception {
        Map<String, Object> keys = TestProfiles.postgres(database);
        keys.put("schema", "not_there_yet");
        keys.put("table", "events");

        ConnectionTestReport report = tester().test(TestProfiles.bind(keys), ConnectionTestListener.NONE);

        assertThat(report.passed()).isTrue();
        assertThat(version(report)).matches("PostgreSQL 17\\.\\d+");
        assertThat(details(report))
                .contains(
                        "SCHEMA passed schema not_there_yet does not exist yet; it will be created",
                        "TABLE passed table events will be created with the schema");
    }

    @Test
    void wrongPasswordFailsTheLogInAndSkipsTheRest(RedshiftStandIn standIn) throws Exception {
        Map<String, Object> keys = TestProfiles.standIn(standIn);
        keys.put("password", "Wrong-Password-123");

        ConnectionTestReport report = tester().test(TestProfiles.bind(keys), ConnectionTestListener.NONE);

        assertThat(report.passed()).isFalse();
        CheckResult.Failed failed = failure(report);
        assertThat(failed.check()).isEqualTo(ConnectionCheck.AUTHENTICATE);
        assertThat(failed.problem()).isEqualTo("Wrong user name or password for user loader.");
        assertThat(report.results().subList(5, 11)).allSatisfy(result -> assertThat(result)
                .isInstanceOfSatisfying(CheckResult.Skipped.class, skipped -> assertThat(skipped.reason())
                        .isEqualTo("an earlier step failed")));
        assertThat(report.toString()).doesNotContain("Wrong-Password-123");
    }

    @Test
    void unknownHostFailsAtDns() throws Exception {
        ConnectionProfile profile = TestProfiles.bind(new LinkedHashMap<>(
                Map.of("host", "no-such-host.invalid", "database", "dev", "user", "u", "password", "p")));

        CheckResult.Failed failed = failure(tester().test(profile, ConnectionTestListener.NONE));

        assertThat(failed.check()).isEqualTo(ConnectionCheck.RESOLVE_HOST);
        assertThat(failed.problem())
                .isEqualTo("The host name no-such-host.invalid does not resolve: DNS knows no such name.");
        assertThat(failed.fix()).contains("Check host:");
    }

    @Test
    void closedPortIsRefused(RedshiftStandIn standIn) throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        Map<String, Object> keys = TestProfiles.standIn(standIn);
        keys.put("port", closedPort);

        CheckResult.Failed failed = failure(tester().test(TestProfiles.bind(keys), ConnectionTestListener.NONE));

        assertThat(failed.check()).isEqualTo(ConnectionCheck.OPEN_TCP);
        assertThat(failed.problem())
                .isEqualTo("Port " + closedPort + " on 127.0.0.1 refused the connection: port closed.");
        assertThat(failed.fix()).contains("Is the port right", "publicly accessible");
    }

    @Test
    void tlsRequiredButNotOfferedIsTold(RedshiftStandIn standIn) throws Exception {
        Map<String, Object> keys = TestProfiles.standIn(standIn);
        keys.put("ssl_mode", "require");

        CheckResult.Failed failed = failure(tester().test(TestProfiles.bind(keys), ConnectionTestListener.NONE));

        assertThat(failed.check()).isEqualTo(ConnectionCheck.TLS);
        assertThat(failed.problem()).isEqualTo("The server does not offer TLS, but ssl_mode is require.");
        assertThat(failed.fix()).contains("ssl_mode: disable");
    }

    @Test
    void missingCreateOnTheDatabaseShowsTheGrant(RedshiftStandIn standIn) throws Exception {
        Map<String, Object> keys = limited(standIn);
        keys.put("schema", "brand_new");
        keys.put("skip_schema_creation", false);

        CheckResult.Failed failed = failure(tester().test(TestProfiles.bind(keys), ConnectionTestListener.NONE));

        String database = standIn.database().name();
        assertThat(failed.check()).isEqualTo(ConnectionCheck.SCHEMA);
        assertThat(failed.problem())
                .isEqualTo("The schema brand_new does not exist, and user " + LIMITED_USER
                        + " may not create schemas in database " + database + ".");
        assertThat(failed.fix()).contains("GRANT CREATE ON DATABASE \"" + database + "\" TO \"" + LIMITED_USER + "\";");
    }

    @Test
    void missingSchemaWithSkipSchemaCreationSaysToCreateIt(RedshiftStandIn standIn) throws Exception {
        Map<String, Object> keys = TestProfiles.standIn(standIn);
        keys.put("schema", "brand_new");
        keys.put("skip_schema_creation", true);

        CheckResult.Failed failed = failure(tester().test(TestProfiles.bind(keys), ConnectionTestListener.NONE));

        assertThat(failed.check()).isEqualTo(ConnectionCheck.SCHEMA);
        assertThat(failed.problem()).contains("skip_schema_creation is true");
        assertThat(failed.fix()).contains("CREATE SCHEMA \"brand_new\";");
    }

    @Test
    void missingCreateOnTheSchemaShowsTheGrant(RedshiftStandIn standIn) throws Exception {
        Map<String, Object> keys = limited(standIn);
        keys.put("table", "new_table");

        CheckResult.Failed failed = failure(tester().test(TestProfiles.bind(keys), ConnectionTestListener.NONE));

        assertThat(failed.check()).isEqualTo(ConnectionCheck.TABLE);
        assertThat(failed.problem())
                .isEqualTo("User " + LIMITED_USER + " may not create the table new_table in schema public.");
        assertThat(failed.fix()).contains("GRANT CREATE, USAGE ON SCHEMA \"public\" TO \"" + LIMITED_USER + "\";");
    }

    @Test
    void existingTableWithoutInsertRightShowsTheGrant(RedshiftStandIn standIn) throws Exception {
        Map<String, Object> keys = limited(standIn);
        keys.put("table", "ORDERS");

        CheckResult.Failed failed = failure(tester().test(TestProfiles.bind(keys), ConnectionTestListener.NONE));

        assertThat(failed.check()).isEqualTo(ConnectionCheck.TABLE);
        assertThat(failed.fix()).contains("ON \"public\".\"orders\" TO \"" + LIMITED_USER + "\";");
    }

    private static Map<String, Object> limited(RedshiftStandIn standIn) {
        Map<String, Object> keys = TestProfiles.standIn(standIn);
        keys.put("user", LIMITED_USER);
        keys.put("password", LIMITED_PASSWORD);
        return keys;
    }

    static CheckResult.Failed failure(ConnectionTestReport report) {
        return report.results().stream()
                .filter(CheckResult.Failed.class::isInstance)
                .map(CheckResult.Failed.class::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No step failed: " + report));
    }

    static List<String> details(ConnectionTestReport report) {
        return report.results().stream()
                .map(result -> switch (result) {
                    case CheckResult.Passed passed -> passed.check() + " passed " + passed.detail();
                    case CheckResult.Failed failed -> failed.check() + " failed " + failed.problem();
                    case CheckResult.Skipped skipped -> skipped.check() + " skipped " + skipped.reason();
                })
                .toList();
    }

    private static String version(ConnectionTestReport report) {
        return report.results().stream()
                .filter(result -> result.check() == ConnectionCheck.SERVER_VERSION)
                .map(result -> ((CheckResult.Passed) result).detail())
                .findFirst()
                .orElseThrow();
    }
}
