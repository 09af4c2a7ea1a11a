package com.redshiftloader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.infra.store.RunHistoryFile;
import com.redshiftloader.testinfra.PostgresDatabaseExtension;
import com.redshiftloader.testinfra.RedshiftStandInExtension;
import com.redshiftloader.testinfra.S3Server;
import com.redshiftloader.testinfra.TestDatabase;
import com.redshiftloader.testinfra.redshift.RedshiftStandIn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two loads of one table at the same time, through the whole command on both engines (the Redshift driver and the
 * stand-in; engine=postgres). A third transaction holds a row (or the not yet committed table) until both loads are
 * blocked in the database, so that without a table lock both would read or empty the target before either commits:
 * then two merges leave duplicate keys and two replaces leave both files' rows. With the lock the second load waits
 * for the first, says so, and the result is that of one load after the other.
 */
@ExtendWith({PostgresDatabaseExtension.class, RedshiftStandInExtension.class})
class ConcurrentLoadTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path directory;

    private final RedshiftStandIn standIn;
    private final TestDatabase database;

    ConcurrentLoadTest(RedshiftStandIn standIn, TestDatabase database) {
        this.standIn = standIn;
        this.database = database;
    }

    @BeforeEach
    void writeProfiles() throws IOException {
        new BothEngines(directory, standIn, database);
        System.setProperty("aws.endpointUrlS3", S3Server.get().endpoint().toString());
    }

    @AfterEach
    void clearTheEndpoint() {
        System.clearProperty("aws.endpointUrlS3");
    }

    private record Run(int exit, String err) {}

    @ParameterizedTest
    @ValueSource(strings = {"warehouse", "local", BothEngines.STAGED})
    void twoMergesOnOverlappingKeysRunOneAfterTheOtherWithoutDuplicateKeys(String profile) throws Exception {
        String table = "concurrent_merge_" + profile;
        createWithOldRows(table);
        Path first = file("merge-a.csv", 1, 3_000, i -> "a");
        Path second = file("merge-b.csv", 2_001, 5_000, i -> "b", 1, 100);

        List<Run> runs = whileRowOneIsHeld(
                table,
                List.of(
                        load(profile, first, table, "--mode", "merge", "--key", "id"),
                        load(profile, second, table, "--mode", "merge", "--key", "id")));

        assertBothSucceeded(runs);
        assertThat(database.query("SELECT count(*), count(DISTINCT id), min(id), max(id) FROM " + table))
                .as("every key once")
                .containsExactly("5000|5000|1|5000");
        assertThat(database.query("SELECT count(*) FROM " + table + " WHERE name = 'old'"))
                .containsExactly("0");
        assertOneSaidItWaited(runs, table);
    }

    @ParameterizedTest
    @ValueSource(strings = {"warehouse", "local", BothEngines.STAGED})
    void twoReplacesLeaveExactlyOneFilesRows(String profile) throws Exception {
        String table = "concurrent_replace_" + profile;
        createWithOldRows(table);
        Path first = file("replace-a.csv", 1, 3_000, i -> "a");
        Path second = file("replace-b.csv", 1, 2_000, i -> "b");

        List<Run> runs = whileRowOneIsHeld(
                table,
                List.of(
                        load(profile, first, table, "--mode", "replace"),
                        load(profile, second, table, "--mode", "replace")));

        assertBothSucceeded(runs);
        assertThat(database.query("SELECT count(*), count(DISTINCT id), min(name), max(name) FROM " + table))
                .as("the rows of one file only")
                .hasSize(1)
                .first()
                .isIn("3000|3000|a|a", "2000|2000|b|b");
        assertOneSaidItWaited(runs, table);
    }

    @ParameterizedTest
    @ValueSource(strings = {"warehouse", "local", BothEngines.STAGED})
    void twoReplacesOfAMissingTableBothSucceedAndLeaveOneFilesRows(String profile) throws Exception {
        String table = "concurrent_create_" + profile;
        Path first = file("create-a.csv", 1, 3_000, i -> "a");
        Path second = file("create-b.csv", 1, 2_000, i -> "b");
        List<Run> runs;
        try (Connection creator = database.connect()) {
            // an uncommitted table of the same name: both loads find no table, create it, and wait for this one
            creator.setAutoCommit(false);
            try (Statement statement = creator.createStatement()) {
                statement.execute("CREATE TABLE public." + table + " (id INTEGER, name VARCHAR(10))");
            }
            runs = whileBlocked(
                    table,
                    List.of(
                            load(profile, first, table, "--mode", "replace"),
                            load(profile, second, table, "--mode", "replace")),
                    creator::rollback);
        }

        assertBothSucceeded(runs);
        assertThat(database.query("SELECT count(*), count(DISTINCT id), min(name), max(name) FROM " + table))
                .hasSize(1)
                .first()
                .isIn("3000|3000|a|a", "2000|2000|b|b");
    }

    private static void assertBothSucceeded(List<Run> runs) {
        for (Run run : runs) {
            assertThat(run.exit()).as(run.err()).isZero();
        }
    }

    private static void assertOneSaidItWaited(List<Run> runs, String table) {
        assertThat(runs.get(0).err() + runs.get(1).err())
                .contains("Waiting for another load of public." + table + " to finish");
    }

    private void createWithOldRows(String table) throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE public." + table + " (id INTEGER, name VARCHAR(10))");
            statement.execute("INSERT INTO public." + table + " SELECT i, 'old' FROM generate_series(1, 100) AS s(i)");
        }
    }

    /** A CSV file {@code id,name} with the ids from..to and, when given, extra..extraTo before them. */
    private Path file(String name, int from, int to, IntFunction<String> names, int... extra) throws IOException {
        StringBuilder text = new StringBuilder("id,name\n");
        if (extra.length == 2) {
            for (int i = extra[0]; i <= extra[1]; i++) {
                text.append(i).append(',').append(names.apply(i)).append('\n');
            }
        }
        for (int i = from; i <= to; i++) {
            text.append(i).append(',').append(names.apply(i)).append('\n');
        }
        return Files.writeString(directory.resolve(name), text.toString());
    }

    private Callable<Run> load(String profile, Path file, String table, String... more) {
        return () -> {
            List<String> args =
                    new ArrayList<>(List.of("load", "--profile", profile, file.toString(), "--table", table));
            args.addAll(List.of(more));
            args.addAll(List.of("--profiles-dir", directory.toString()));
            if (profile.equals(BothEngines.STAGED)) {
                args.add("--copy");
            }
            LoadCommandRunner runner = new LoadCommandRunner(
                    directory, new RunHistoryFile(directory.resolve("history-" + file.getFileName())));
            int exit = runner.run(args.toArray(String[]::new));
            return new Run(exit, runner.err());
        };
    }

    /** Runs the loads while another transaction holds the row with id 1 (for update). */
    private List<Run> whileRowOneIsHeld(String table, List<Callable<Run>> loads) throws Exception {
        try (Connection holder = database.connect()) {
            holder.setAutoCommit(false);
            try (Statement statement = holder.createStatement()) {
                statement.execute("SELECT * FROM public." + table + " WHERE id = 1 FOR UPDATE");
            }
            return whileBlocked(table, loads, holder::commit);
        }
    }

    private interface Release {
        void run() throws SQLException;
    }

    /** Starts the loads together, waits until both are blocked in the database, releases them, and waits for both. */
    private List<Run> whileBlocked(String table, List<Callable<Run>> loads, Release release) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(loads.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Run>> running = new ArrayList<>();
            for (Callable<Run> load : loads) {
                running.add(threads.submit(() -> {
                    start.await();
                    return load.call();
                }));
            }
            start.countDown();
            awaitBlocked(table, loads.size(), running);
            // longer than a load waits before it says so
            Thread.sleep(1_000);
            release.run();
            List<Run> runs = new ArrayList<>();
            for (Future<Run> run : running) {
                runs.add(run.get(PATIENCE.toSeconds(), TimeUnit.SECONDS));
            }
            return runs;
        } finally {
            threads.shutdownNow();
        }
    }

    private void awaitBlocked(String table, int loads, List<Future<Run>> running) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            long waiting = Long.parseLong(database.query("SELECT count(*) FROM pg_stat_activity"
                            + " WHERE wait_event_type = 'Lock' AND query ILIKE '%" + table + "%'")
                    .getFirst());
            if (waiting >= loads) {
                return;
            }
            for (Future<Run> run : running) {
                if (run.isDone()) {
                    throw new AssertionError("A load ended before both were blocked: " + run.get());
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The loads did not both block within " + PATIENCE);
    }
}
