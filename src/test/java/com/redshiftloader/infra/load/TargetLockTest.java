package com.redshiftloader.infra.load;

import static com.redshiftloader.infra.load.LoadFixture.columns;
import static com.redshiftloader.infra.load.LoadFixture.execute;
import static com.redshiftloader.infra.load.LoadFixture.plan;
import static com.redshiftloader.infra.load.LoadFixture.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.testinfra.PostgresDatabaseExtension;
import com.redshiftloader.testinfra.RedshiftStandInExtension;
import com.redshiftloader.testinfra.TestDatabase;
import com.redshiftloader.testinfra.TestProfiles;
import com.redshiftloader.testinfra.redshift.RedshiftStandIn;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A load that finds its target locked by another transaction, on both engines (the Redshift driver and the
 * stand-in; engine=postgres): it says that it waits, and cancelling it stops the wait, rolls back and changes nothing.
 */
@ExtendWith({PostgresDatabaseExtension.class, RedshiftStandInExtension.class})
class TargetLockTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path directory;

    private final RedshiftStandIn standIn;
    private final TestDatabase database;

    TargetLockTest(RedshiftStandIn standIn, TestDatabase database) {
        this.standIn = standIn;
        this.database = database;
    }

    @ParameterizedTest
    @ValueSource(strings = {"standin", "postgres"})
    void aWaitingLoadSaysSoAndCancellingItStopsTheWaitAndChangesNothing(String engine) throws Exception {
        String table = "locked_" + engine;
        ConnectionProfile profile = TestProfiles.bind(
                engine.equals("standin") ? TestProfiles.standIn(standIn) : TestProfiles.postgres(database));
        Path file = write(directory, "new.csv", "id,name\n1,new\n2,new\n");
        LoadPlan plan = plan(profile, file, table, columns("id:INTEGER", "name:VARCHAR(10)"), LoadMode.REPLACE);
        LoadFixture.Events events = new LoadFixture.Events();
        try (Connection holder = database.connect()) {
            execute(
                    holder,
                    "CREATE TABLE public." + table + " (id INTEGER, name VARCHAR(10))",
                    "INSERT INTO public." + table + " VALUES (1, 'old')");
            holder.setAutoCommit(false);
            execute(holder, "LOCK TABLE public." + table + " IN ACCESS EXCLUSIVE MODE");
            CompletableFuture<Throwable> outcome = new CompletableFuture<>();
            Thread loading = Thread.ofPlatform().start(() -> {
                try {
                    LoadFixture.loader().load(plan, events);
                    outcome.complete(null);
                } catch (Exception | Error e) {
                    outcome.complete(e);
                }
            });

            awaitLog(events, "Waiting for another load of public." + table + " to finish");
            loading.interrupt();

            assertThat(outcome.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);
            assertThat(events.logs()).contains("The load was cancelled; nothing was changed.");
            assertThat(database.query("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                            + " AND query ILIKE '%" + table + "%'"))
                    .as("the LOCK was cancelled, not left waiting")
                    .containsExactly("0");
            holder.commit();
        }
        assertThat(database.query("SELECT id, name FROM public." + table)).containsExactly("1|old");
    }

    private static void awaitLog(LoadFixture.Events events, String start) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            List<String> logs = events.logs();
            if (logs.stream().anyMatch(line -> line.startsWith(start))) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("The load never said it waits: " + events.logs());
    }
}
