package com.redshiftloader.infra.connection;

import static com.redshiftloader.infra.connection.StepwiseConnectionTesterTest.failure;
import static com.redshiftloader.infra.connection.StepwiseConnectionTesterTest.tester;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.redshiftloader.domain.connection.CheckResult;
import com.redshiftloader.domain.connection.ConnectionCheck;
import com.redshiftloader.domain.connection.ConnectionFailedException;
import com.redshiftloader.domain.connection.ConnectionTestListener;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.infra.aws.RedshiftCredentialsProvider;
import com.redshiftloader.infra.jdbc.JdbcConnector;
import com.redshiftloader.testinfra.TestProfiles;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A server that accepts connections and never answers: the step timeout and cancellation. */
class StepwiseConnectionTesterTimeoutTest {

    private ServerSocket silent;
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startSilentServer() throws IOException {
        silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(() -> {
            while (!silent.isClosed()) {
                try {
                    accepted.add(silent.accept());
                } catch (IOException e) {
                    return;
                }
            }
        });
    }

    @AfterEach
    void stopSilentServer() throws IOException {
        silent.close();
        for (Socket socket : accepted) {
            socket.close();
        }
    }

    private ConnectionProfile silentProfile(int timeoutSeconds) {
        return TestProfiles.bind(new LinkedHashMap<>(Map.of(
                "host", "127.0.0.1",
                "port", silent.getLocalPort(),
                "database", "dev",
                "user", "u",
                "password", "p",
                "ssl_mode", "require",
                "connect_timeout", timeoutSeconds)));
    }

    @Test
    void serverThatNeverAnswersFailsTheStepWithinTheConnectTimeout() throws Exception {
        long start = System.nanoTime();

        CheckResult.Failed failed = failure(tester().test(silentProfile(1), ConnectionTestListener.NONE));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(failed.check()).isEqualTo(ConnectionCheck.TLS);
        assertThat(failed.problem()).isEqualTo("No answer from 127.0.0.1:" + silent.getLocalPort() + " within 1 s.");
        assertThat(failed.fix()).contains("security group or firewall blocks port " + silent.getLocalPort());
    }

    @ParameterizedTest
    @ValueSource(strings = {"redshift", "postgres"})
    void jdbcLoginGivesUpAfterTheConnectTimeout(String engine) {
        Map<String, Object> keys = new LinkedHashMap<>(Map.of(
                "engine", engine,
                "host", "127.0.0.1",
                "port", silent.getLocalPort(),
                "database", "dev",
                "user", "u",
                "password", "p",
                "ssl_mode", "disable",
                "connect_timeout", 1));
        RedshiftCredentialsProvider iam = new RedshiftCredentialsProvider(name -> Optional.empty());
        JdbcConnector connector = new JdbcConnector(iam, name -> Optional.empty());
        long start = System.nanoTime();

        assertThatThrownBy(() -> connector.open(TestProfiles.bind(keys)))
                .isInstanceOf(ConnectionFailedException.class)
                .hasMessageStartingWith(
                        "No answer from 127.0.0.1:" + silent.getLocalPort() + " within 1 s while logging in.");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void interruptingTheCallerCancelsTheTest() throws Exception {
        ConnectionProfile profile = silentProfile(60);
        CompletableFuture<Thread> runner = new CompletableFuture<>();
        CompletableFuture<Throwable> outcome = CompletableFuture.supplyAsync(() -> {
            runner.complete(Thread.currentThread());
            try {
                tester().test(profile, ConnectionTestListener.NONE);
                return null;
            } catch (InterruptedException e) {
                return e;
            }
        });
        Thread thread = runner.get(5, TimeUnit.SECONDS);
        Thread.sleep(500);
        long start = System.nanoTime();

        thread.interrupt();

        assertThat(outcome.get(5, TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void interruptedBeforeStartingRunsNoStep() {
        Thread.currentThread().interrupt();
        try {
            List<ConnectionCheck> started = new CopyOnWriteArrayList<>();
            assertThatThrownBy(() -> tester().test(silentProfile(1), new ConnectionTestListener() {
                        @Override
                        public void started(ConnectionCheck check) {
                            started.add(check);
                        }
                    }))
                    .isInstanceOf(InterruptedException.class);
            assertThat(started).isEmpty();
        } finally {
            Thread.interrupted();
        }
    }
}
