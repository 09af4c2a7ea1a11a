package com.redshiftloader.infra.connection;

import com.redshiftloader.domain.connection.CheckResult;
import com.redshiftloader.domain.connection.ConnectionCheck;
import com.redshiftloader.domain.connection.ConnectionTestListener;
import com.redshiftloader.domain.connection.ConnectionTestReport;
import com.redshiftloader.domain.connection.ConnectionTester;
import com.redshiftloader.domain.profile.AuthMethod;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.profile.SslMode;
import com.redshiftloader.infra.aws.RedshiftCredentialsProvider;
import com.redshiftloader.infra.aws.S3StagingProbe;
import com.redshiftloader.infra.jdbc.JdbcConnector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tests a profile one step at a time, from DNS to the S3 staging prefix (see {@link ConnectionCheck}), and says for
 * each failure what happened and what to do. Each step runs on a worker thread and is given the profile's connect
 * timeout (plus a short grace, so the step's own timeouts can report first); after a failure the remaining steps are
 * skipped. Interrupting the calling thread abandons the running step and throws {@link InterruptedException}.
 *
 * <p>The listener hears {@code started} only for steps that run; skipped steps are reported through {@code finished}
 * alone. The TLS step only asks whether the server offers TLS; the certificate is verified by the driver at log-in,
 * with the trust settings it uses there (the Redshift driver bundles the Redshift CA certificates).
 */
public final class StepwiseConnectionTester implements ConnectionTester {

    private static final Logger LOG = LoggerFactory.getLogger(StepwiseConnectionTester.class);
    static final String EARLIER_STEP_FAILED = "an earlier step failed";

    private final List<Step> steps;

    public StepwiseConnectionTester(
            JdbcConnector connector,
            RedshiftCredentialsProvider iamCredentials,
            Function<String, Optional<String>> environment) {
        DatabaseChecks database = new DatabaseChecks(connector, iamCredentials);
        this.steps = List.of(
                new Step(ConnectionCheck.RESOLVE_HOST, profile -> Optional.empty(), NetworkChecks::resolveHost),
                new Step(ConnectionCheck.OPEN_TCP, profile -> Optional.empty(), NetworkChecks::openTcp),
                new Step(ConnectionCheck.TLS, StepwiseConnectionTester::skipTls, NetworkChecks::tls),
                new Step(ConnectionCheck.IAM_CREDENTIALS, StepwiseConnectionTester::skipIam, database::iamCredentials),
                new Step(ConnectionCheck.AUTHENTICATE, profile -> Optional.empty(), database::authenticate),
                new Step(ConnectionCheck.SERVER_VERSION, profile -> Optional.empty(), DatabaseChecks::serverVersion),
                new Step(ConnectionCheck.SCHEMA, profile -> Optional.empty(), DestinationChecks::schema),
                new Step(ConnectionCheck.TABLE, StepwiseConnectionTester::skipTable, DestinationChecks::table),
                new Step(ConnectionCheck.S3_BUCKET, StepwiseConnectionTester::skipS3, session -> {
                    session.keep(S3StagingProbe.open(session.profile, environment));
                    return session.s3().orElseThrow().checkBucket();
                }),
                new Step(ConnectionCheck.S3_PROBE, StepwiseConnectionTester::skipS3, session -> session.s3()
                        .orElseThrow()
                        .writeAndDelete()),
                new Step(ConnectionCheck.S3_REGION, StepwiseConnectionTester::skipS3, session -> session.s3()
                        .orElseThrow()
                        .checkRegion()));
    }

    @Override
    public ConnectionTestReport test(ConnectionProfile profile, ConnectionTestListener listener)
            throws InterruptedException {
        LOG.info("Testing profile {} ({}:{})", profile.name(), profile.host(), profile.port());
        List<CheckResult> results = new ArrayList<>();
        ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
        try (TestSession session = new TestSession(profile)) {
            StepRunner runner = new StepRunner(workers, profile.connectTimeout());
            boolean failed = false;
            for (Step step : steps) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException("The connection test was cancelled");
                }
                CheckResult result = failed
                        ? new CheckResult.Skipped(step.check(), EARLIER_STEP_FAILED)
                        : run(step, session, runner, listener);
                failed |= result instanceof CheckResult.Failed;
                listener.finished(result);
                results.add(result);
            }
        } finally {
            // Abandons a step stuck in a call that ignores interruption (DNS); its thread ends with its timeout.
            workers.shutdownNow();
        }
        return new ConnectionTestReport(results);
    }

    private static CheckResult run(Step step, TestSession session, StepRunner runner, ConnectionTestListener listener)
            throws InterruptedException {
        Optional<String> skip = step.skipReason().apply(session.profile);
        if (skip.isPresent()) {
            return new CheckResult.Skipped(step.check(), skip.get());
        }
        listener.started(step.check());
        CheckResult result = runner.run(step.check(), () -> step.action().run(session));
        LOG.debug("Connection test step {}: {}", step.check(), result.getClass().getSimpleName());
        return result;
    }

    private static Optional<String> skipTls(ConnectionProfile profile) {
        return profile.sslMode() == SslMode.DISABLE
                ? Optional.of("ssl_mode is disable: the connection is not encrypted")
                : Optional.empty();
    }

    private static Optional<String> skipIam(ConnectionProfile profile) {
        return profile.auth() instanceof AuthMethod.Iam ? Optional.empty() : Optional.of("password login");
    }

    private static Optional<String> skipTable(ConnectionProfile profile) {
        return profile.table().isPresent()
                ? Optional.empty()
                : Optional.of("no table in the profile; it comes from the file name");
    }

    private static Optional<String> skipS3(ConnectionProfile profile) {
        return profile.useS3Copy() ? Optional.empty() : Optional.of("use_s3_copy is false");
    }

    /** One step: when it does not apply, and what it does (returns the detail shown when it passes). */
    private record Step(
            ConnectionCheck check, Function<ConnectionProfile, Optional<String>> skipReason, StepAction action) {}

    @FunctionalInterface
    interface StepAction {
        String run(TestSession session) throws Exception;
    }
}
