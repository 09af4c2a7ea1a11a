package com.redshiftloader.infra.connection;

import com.redshiftloader.domain.connection.CheckResult;
import com.redshiftloader.domain.connection.ConnectionCheck;
import com.redshiftloader.domain.connection.ConnectionFailedException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs one step on a worker thread with a deadline, timing it and turning its outcome into a {@link CheckResult}. */
final class StepRunner {

    private static final Logger LOG = LoggerFactory.getLogger(StepRunner.class);
    /** Lets a step's own timeout (socket, login) fire first, with its more specific message. */
    private static final Duration GRACE = Duration.ofSeconds(2);

    private final ExecutorService workers;
    private final Duration timeout;

    StepRunner(ExecutorService workers, Duration timeout) {
        this.workers = workers;
        this.timeout = timeout;
    }

    CheckResult run(ConnectionCheck check, Callable<String> action) throws InterruptedException {
        long start = System.nanoTime();
        Future<String> future = workers.submit(action);
        try {
            String detail = future.get(timeout.plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
            return new CheckResult.Passed(check, detail, since(start));
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (TimeoutException e) {
            future.cancel(true);
            return new CheckResult.Failed(
                    check,
                    check.title() + " did not finish within " + timeout.toSeconds() + " s.",
                    "Check the network path to the server; raise connect_timeout if the server is slow to answer.",
                    since(start));
        } catch (ExecutionException e) {
            return failed(check, e.getCause(), since(start));
        }
    }

    private static CheckResult failed(ConnectionCheck check, Throwable cause, Duration duration) {
        if (cause instanceof ConnectionFailedException failure) {
            LOG.info("{} failed: {}", check, failure.problem());
            return new CheckResult.Failed(check, failure.problem(), failure.fix(), duration);
        }
        LOG.warn("{} failed unexpectedly: {}", check, cause.toString());
        String state = cause instanceof SQLException sql ? " (SQLState " + sql.getSQLState() + ")" : "";
        return new CheckResult.Failed(
                check,
                check.title() + " failed: " + firstLine(cause.getMessage()) + state,
                "Check the profile's settings; if they are right, report this message.",
                duration);
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
