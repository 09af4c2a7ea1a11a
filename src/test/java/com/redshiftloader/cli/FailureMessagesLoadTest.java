package com.redshiftloader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.testinfra.PostgresDatabaseExtension;
import com.redshiftloader.testinfra.RedshiftStandInExtension;
import com.redshiftloader.testinfra.TestDatabase;
import com.redshiftloader.testinfra.redshift.RedshiftStandIn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Failures whose messages used to name no place or the wrong thing, through the whole command on both engines (the
 * Redshift driver and the stand-in; engine=postgres): a gzip file cut short or damaged, a file with only a header, a
 * NUL byte, a NOT NULL column refused through the load's own work tables, and the connection lost mid-load. Each
 * exits non-zero with the place and the fix, and the table is left as it was.
 */
@ExtendWith({PostgresDatabaseExtension.class, RedshiftStandInExtension.class})
class FailureMessagesLoadTest {

    @TempDir
    Path directory;

    private final RedshiftStandIn standIn;
    private final TestDatabase database;
    private BothEngines engines;

    FailureMessagesLoadTest(RedshiftStandIn standIn, TestDatabase database) {
        this.standIn = standIn;
        this.database = database;
    }

    @BeforeEach
    void writeProfiles() throws IOException {
        engines = new BothEngines(directory, standIn, database);
    }

    /** {@code id,name} with ids that stay small (so that only the damage, never a type, can stop the load). */
    private static byte[] rows(int count) {
        StringBuilder text = new StringBuilder("id,name\n");
        for (int i = 1; i <= count; i++) {
            text.append(i % 1000).append(",name").append(i).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] data) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }

    @ParameterizedTest
    @ValueSource(strings = {"warehouse", "local", BothEngines.STAGED})
    void aGzipFileCutShortNamesTheByteWhereItEndsAndNothingChanges(String profile) throws Exception {
        byte[] whole = gzip(rows(200_000));
        Path file = Files.write(directory.resolve("cut.csv.gz"), java.util.Arrays.copyOf(whole, whole.length / 2));
        String table = "cut_" + profile;

        int exit = engines.load(profile, file, table);

        assertThat(exit).as(engines.err()).isNotZero();
        assertThat(engines.err())
                .contains("cut.csv.gz")
                .contains(String.format(
                        java.util.Locale.ROOT, "the compressed file ends early at byte %,d", whole.length / 2))
                .contains("the file was cut short")
                .contains("Copy it again")
                .doesNotContain("reading failed")
                .doesNotContain("(null)");
        assertThat(engines.exists(table)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"warehouse", "local", BothEngines.STAGED})
    void aDamagedGzipFileSaysItIsDamagedAndWhere(String profile) throws Exception {
        byte[] damaged = gzip(rows(200_000));
        for (int i = 1000; i < 1100; i++) {
            damaged[i] ^= 0x55;
        }
        Path file = Files.write(directory.resolve("damaged.csv.gz"), damaged);
        String table = "damaged_" + profile;

        int exit = engines.load(profile, file, table);

        assertThat(exit).as(engines.err()).isNotZero();
        assertThat(engines.err())
                .contains("damaged.csv.gz")
                .containsPattern("the compressed data is damaged near byte [0-9,]+ \\(")
                .contains("Copy it again");
        assertThat(engines.exists(table)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"warehouse", "local", BothEngines.STAGED})
    void aFileWithOnlyAHeaderIsRefusedAsHavingNoRows(String profile) throws Exception {
        Path file = Files.writeString(directory.resolve("header.csv"), "id,name\n");
        String table = "header_" + profile;

        int exit = engines.load(profile, file, table);

        assertThat(exit).as(engines.err()).isNotZero();
        assertThat(engines.err())
                .contains("header.csv has column names but no rows: there is nothing to load, and nothing was changed")
                .contains("Check that the export finished")
                .doesNotContain("leaves out every column");
        assertThat(engines.exists(table)).isFalse();
    }

    /**
     * Ids 1..60,000, cut in the middle of line 50,000: typed from a sample, the ids looked SMALLINT and the load failed
     * at line 32,768 with "out of range" and advice to change the type. The whole file is read first now, so the
     * message is the file's real problem and its line.
     */
    @ParameterizedTest
    @ValueSource(strings = {"warehouse", "local"})
    void aJsonLinesFileCutShortNamesTheLineWhereItEnds(String profile) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int id = 1; id < 50_000; id++) {
            text.append("{\"id\": ")
                    .append(id)
                    .append(", \"name\": \"n")
                    .append(id)
                    .append("\"}\n");
        }
        text.append("{\"id\": 50000, \"na");
        Path file = Files.writeString(directory.resolve("cut.jsonl"), text);
        String table = "cutjson_" + profile;

        int exit = engines.load(profile, file, table);

        assertThat(exit).as(engines.err()).isNotZero();
        assertThat(engines.err())
                .contains("cut.jsonl")
                .contains("50,000")
                .doesNotContain("32,768")
                .doesNotContain("out of range");
        assertThat(engines.exists(table)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"warehouse", "local"})
    void aTenMegabyteObjectLoadsAsSuperWhole(String profile) throws Exception {
        String ten = "x".repeat(10 * 1024 * 1024);
        Path file =
                Files.writeString(directory.resolve("ten.jsonl"), "{\"id\": 1, \"doc\": {\"k\": \"" + ten + "\"}}\n");
        String table = "ten_" + profile;

        int exit = engines.load(profile, file, table);

        assertThat(exit).as(engines.err()).isZero();
        assertThat(database.query("SELECT length(doc::text) FROM " + table))
                .containsExactly(String.valueOf(ten.length() + "{\"k\": \"\"}".length()));
    }

    /** A value over the 16 MB SUPER limit names its line and the limit, not "Line 0" or the JSON format. */
    @ParameterizedTest
    @ValueSource(strings = {"warehouse", "local"})
    void aValueLongerThanASuperHoldsNamesItsLineAndTheLimit(String profile) throws Exception {
        String ten = "x".repeat(10 * 1024 * 1024);
        String seventeen = "y".repeat(17 * 1024 * 1024);
        Path file = Files.writeString(
                directory.resolve("huge.jsonl"),
                "{\"id\": 1, \"doc\": {\"k\": \"" + ten + "\"}}\n{\"id\": 2, \"doc\": {\"k\": \"" + seventeen
                        + "\"}}\n");
        String table = "huge_" + profile;

        int exit = engines.load(profile, file, table);

        assertThat(exit).as(engines.err()).isNotZero();
        assertThat(engines.err())
                .contains("huge.jsonl, line 2,")
                .contains("more than Redshift's 16 MB SUPER limit allows")
                .contains("Shorten it in the file")
                .doesNotContain("Line 0")
                .doesNotContain("check the format");
        assertThat(engines.exists(table)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"warehouse", "local", BothEngines.STAGED})
    void aNulByteIsABadValueWithItsLineAndColumn(String profile) throws Exception {
        Path file = Files.write(
                directory.resolve("nul.csv"), "id,name\n1,a\n2,b\0c\n3,d\n".getBytes(StandardCharsets.UTF_8));
        String table = "nul_" + profile;

        int exit = engines.load(profile, file, table);

        assertThat(exit).as(engines.err()).isEqualTo(LoadCommand.FAILED);
        assertThat(engines.err())
                .contains("Line 3 of nul.csv, column name: 'b\\0c' is not storable: it holds a NUL byte (0x00) at"
                        + " character 2")
                .contains("Remove the NUL bytes")
                .doesNotContain("looks binary");
        assertThat(engines.exists(table)).isFalse();

        Path rejects = directory.resolve("nul-" + profile + ".rejects.csv");
        exit = engines.load(profile, file, table, "--max-errors", "1", "--rejects", rejects.toString());

        assertThat(exit).as(engines.err()).isZero();
        assertThat(database.query("SELECT id, name FROM public." + table + " ORDER BY id"))
                .containsExactly("1|a", "3|d");
        assertThat(Files.readString(rejects)).contains("3,").contains("NUL byte");
    }

    @ParameterizedTest
    @ValueSource(strings = {"warehouse", "local", BothEngines.STAGED})
    void aNotNullRefusalNamesTheTargetNotTheLoadsWorkTables(String profile) throws Exception {
        String table = "required_" + profile;
        engines.execute("CREATE TABLE public." + table + " (id INTEGER, name VARCHAR(20) NOT NULL)");
        engines.execute("INSERT INTO public." + table + " VALUES (99, 'kept')");
        Path file = Files.writeString(directory.resolve("required.csv"), "id,name\n1,a\n2,\n3,c\n");

        for (String mode : List.of("append", "merge")) {
            List<String> more = new ArrayList<>(List.of("--mode", mode));
            if (mode.equals("merge")) {
                more.addAll(List.of("--key", "id"));
            }
            int exit = engines.load(profile, file, table, more.toArray(String[]::new));

            assertThat(exit).as(mode + ": " + engines.err()).isEqualTo(LoadCommand.FAILED);
            assertThat(engines.err())
                    .as(mode)
                    .contains("Line 3 of required.csv, column name")
                    .contains("not-null")
                    .doesNotContain("__probe")
                    .doesNotContain("__stage");
            assertThat(database.query("SELECT id, name FROM public." + table)).containsExactly("99|kept");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"warehouse", "local", BothEngines.STAGED})
    void aConnectionLostDuringTheLoadIsReportedAsALostConnection(String profile) throws Exception {
        Path file = Files.write(directory.resolve("long.csv"), rows(profile.equals("local") ? 2_000_000 : 300_000));
        String table = "lost_" + profile;
        AtomicBoolean loading = new AtomicBoolean(true);
        AtomicInteger killed = new AtomicInteger();
        CompletableFuture<Void> killer = CompletableFuture.runAsync(() -> killTheLoad(table, loading, killed));

        int exit = engines.load(profile, file, table);
        loading.set(false);
        killer.join();

        assertThat(killed.get()).as("the test ended a load's connection").isPositive();
        assertThat(exit).as(engines.err()).isEqualTo(LoadCommand.FAILED);
        assertThat(engines.err())
                .contains("The connection to the server was lost during the load")
                .contains("nothing was changed")
                .doesNotContain("refused the row")
                .doesNotContain("Line ");
        assertThat(engines.exists(table)).isFalse();
    }

    /** Ends the backend that writes into the table once rows flow (COPY or INSERT into the target or its stage). */
    private void killTheLoad(String table, AtomicBoolean loading, AtomicInteger killed) {
        try (Connection admin = database.connectAsAdmin();
                Statement statement = admin.createStatement()) {
            long seen = 0;
            while (loading.get() && killed.get() == 0) {
                String writing = "FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND state = 'active'"
                        + " AND (query ILIKE '%COPY %' OR query ILIKE '%INSERT INTO%')";
                if (seen == 0) {
                    try (ResultSet result = statement.executeQuery("SELECT count(*) " + writing)) {
                        result.next();
                        seen = result.getLong(1) > 0 ? System.nanoTime() : 0;
                    }
                } else if (System.nanoTime() - seen > 20_000_000L) {
                    try (ResultSet result = statement.executeQuery("SELECT pg_terminate_backend(pid) " + writing)) {
                        while (result.next()) {
                            killed.incrementAndGet();
                        }
                    }
                }
                Thread.sleep(5);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
