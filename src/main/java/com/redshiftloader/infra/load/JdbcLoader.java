package com.redshiftloader.infra.load;

import com.redshiftloader.domain.connection.ConnectionFailedException;
import com.redshiftloader.domain.load.LoadEvent;
import com.redshiftloader.domain.load.LoadException;
import com.redshiftloader.domain.load.LoadListener;
import com.redshiftloader.domain.load.LoadPhase;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.load.LoadReport;
import com.redshiftloader.domain.load.Loader;
import com.redshiftloader.domain.schema.types.TemporalPattern;
import com.redshiftloader.domain.sql.SqlDialect;
import com.redshiftloader.domain.text.Counts;
import com.redshiftloader.infra.jdbc.JdbcConnector;
import com.redshiftloader.infra.load.stage.LoadFailures;
import com.redshiftloader.infra.load.stage.LoadLog;
import com.redshiftloader.infra.load.stage.RefusedRow;
import com.redshiftloader.infra.load.stage.StageFiller;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * Loads a file through JDBC in one transaction: prepare the target, fill a session-private stage (multi-row INSERT,
 * PostgreSQL COPY FROM STDIN, or the configured COPY filler), move the stage into the target per the mode, commit.
 * Any failure rolls everything back; cancelling (interrupting the loading thread) rolls back and throws
 * {@link InterruptedException}. A dry run does all of it and rolls back at the end, so its report says what would
 * have happened (including the tables and columns it would have created).
 *
 * <p>Transient failures: connection-level failures (SQLSTATE class 08, or a refused connection) are retried, at
 * most {@link #ATTEMPTS} times, only before any row was sent; afterwards the load fails with a message saying that
 * nothing was changed and that it can be run again. A serialization conflict with another transaction (Redshift's
 * error 1023, SQLSTATE 40001) rolls the whole load back on the server, so the load runs again from the start, with
 * a growing, jittered wait, at most {@link #ATTEMPTS} times.
 *
 * <p>With a reject budget ({@code maxErrors > 0}), a row the database refuses (a NOT NULL or CHECK constraint, a
 * value the column cannot hold) is narrowed to its source line; the transaction is rolled back (Redshift has no
 * savepoints) and the load runs again with that line set aside for the rejects file, until the budget is spent.
 */
public final class JdbcLoader implements Loader {

    static final int ATTEMPTS = 3;

    private final JdbcConnector connector;
    private final Function<LoadPlan, Optional<StageFiller>> copyFillers;
    private final MergeStrategy mergeStrategy;
    private final Map<String, TemporalPattern> patterns;

    /**
     * @param copyFillers the S3 COPY filler for a plan (empty when the build or the profile has none); used for
     *     {@link com.redshiftloader.domain.load.LoadPath#COPY} and, when the profile sets {@code use_s3_copy}, AUTO
     */
    public JdbcLoader(
            JdbcConnector connector,
            Function<LoadPlan, Optional<StageFiller>> copyFillers,
            MergeStrategy mergeStrategy) {
        this(connector, copyFillers, mergeStrategy, Map.of());
    }

    private JdbcLoader(
            JdbcConnector connector,
            Function<LoadPlan, Optional<StageFiller>> copyFillers,
            MergeStrategy mergeStrategy,
            Map<String, TemporalPattern> patterns) {
        this.connector = connector;
        this.copyFillers = copyFillers;
        this.mergeStrategy = mergeStrategy;
        this.patterns = Map.copyOf(patterns);
    }

    /** This loader, parsing the named columns' dates and timestamps with the layouts the scan detected. */
    public JdbcLoader withTemporalPatterns(Map<String, TemporalPattern> columnPatterns) {
        return new JdbcLoader(connector, copyFillers, mergeStrategy, columnPatterns);
    }

    @Override
    public LoadReport load(LoadPlan plan, LoadListener listener) throws LoadException, InterruptedException {
        return attempts(plan, listener);
    }

    private LoadReport attempts(LoadPlan plan, LoadListener listener) throws LoadException, InterruptedException {
        checkKeys(plan);
        LoadLog.info(listener, plan.settings().valueRules());
        MergeStrategy strategy = mergeStrategy;
        Map<Long, String> refused = new LinkedHashMap<>();
        int conflicts = 0;
        for (int attempt = 1; ; attempt++) {
            try {
                return new LoadRun(plan, listener, dialect(plan), strategy, patterns, copyFillers, refused)
                        .run(open(plan, listener));
            } catch (LoadRun.RetryableException e) {
                if (attempt >= ATTEMPTS) {
                    throw LoadFailures.connectionLost(e.cause());
                }
                LoadLog.warn(
                        listener,
                        "The connection failed before any row was sent (" + e.getMessage() + "); trying again ("
                                + (attempt + 1) + " of " + ATTEMPTS + ").");
                Thread.sleep(Duration.ofMillis(250L * attempt));
            } catch (LoadRun.ConflictException e) {
                if (++conflicts >= ATTEMPTS) {
                    throw conflictError(e);
                }
                Duration wait = Duration.ofMillis(
                        1_000L * conflicts + ThreadLocalRandom.current().nextLong(500));
                LoadLog.warn(
                        listener,
                        "Another transaction conflicted with the load (" + e.getMessage() + "); it was rolled back."
                                + " Running it again in " + wait.toMillis() + " ms (" + (conflicts + 1) + " of "
                                + ATTEMPTS + ").");
                Thread.sleep(wait);
            } catch (RefusedRow e) {
                refused.put(e.line(), e.refusal().getMessage().replace(" Nothing was loaded.", ""));
                if (refused.size() > plan.maxErrors()) {
                    throw e.refusal();
                }
                LoadLog.warn(
                        listener,
                        e.refusal().getMessage().replace("Nothing was loaded.", "")
                                + "Setting the row aside for the rejects file and loading again ("
                                + refused.size() + " of at most " + Counts.of(plan.maxErrors(), "row") + " rejected).");
            } catch (ModeApplier.MergeUnsupportedException e) {
                LoadLog.warn(
                        listener,
                        "The server does not support MERGE (" + LoadFailures.firstLine(e.getMessage())
                                + "); loading again with DELETE and INSERT.");
                strategy = MergeStrategy.DELETE_INSERT;
            }
        }
    }

    private static LoadException conflictError(LoadRun.ConflictException e) {
        return new LoadException(
                "Other transactions kept conflicting with the load (" + e.getMessage() + "), " + ATTEMPTS
                        + " times. Nothing was loaded.",
                "Run the load again when the other loads of this table have finished, or schedule them one at a"
                        + " time.",
                e.getCause());
    }

    /** Merge, DISTKEY and SORTKEY columns must be columns of the load: a key the file lacks would match nothing. */
    private static void checkKeys(LoadPlan plan) throws LoadException {
        checkColumns(plan, plan.mergeKeys(), "merge key", "--key");
        checkColumns(plan, plan.tableOptions().distKey().stream().toList(), "DISTKEY", "--distkey");
        checkColumns(plan, plan.tableOptions().sortKeys(), "SORTKEY", "--sortkey");
    }

    private static void checkColumns(LoadPlan plan, List<String> keys, String what, String option)
            throws LoadException {
        for (String key : keys) {
            if (plan.columns().stream().noneMatch(c -> c.name().equalsIgnoreCase(key))) {
                throw new LoadException(
                        "The " + what + " " + key + " is not one of the columns loaded ("
                                + String.join(
                                        ", ",
                                        plan.columns().stream()
                                                .map(c -> c.name())
                                                .toList())
                                + "). Nothing was loaded.",
                        "Choose columns that are in the file (" + option + ").",
                        null);
            }
        }
    }

    private Connection open(LoadPlan plan, LoadListener listener) throws LoadException, InterruptedException {
        listener.on(new LoadEvent.PhaseChanged(LoadPhase.PREPARING));
        for (int attempt = 1; ; attempt++) {
            try {
                return connector.open(plan.profile());
            } catch (ConnectionFailedException e) {
                boolean network =
                        switch (e.check()) {
                            case RESOLVE_HOST, OPEN_TCP, TLS -> true;
                            default ->
                                e.getCause() instanceof SQLException sql && LoadFailures.isConnectionFailure(sql);
                        };
                if (!network || attempt >= ATTEMPTS) {
                    throw new LoadException(e.problem() + " Nothing was loaded.", e.fix(), e);
                }
                LoadLog.warn(listener, "Could not connect (" + e.problem() + "); trying again.");
                Thread.sleep(Duration.ofMillis(250L * attempt));
            }
        }
    }

    static SqlDialect dialect(LoadPlan plan) {
        return plan.profile().engine().dialect();
    }

    /** Closes a connection, ignoring failures: it may already be broken. */
}
