package com.redshiftloader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.infra.store.RunHistoryFile;
import com.redshiftloader.testinfra.PostgresDatabaseExtension;
import com.redshiftloader.testinfra.RedshiftStandInExtension;
import com.redshiftloader.testinfra.redshift.RedshiftStandIn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code load} in-process through the Redshift stand-in: exit codes, the summary line and progress on stderr. */
@ExtendWith({PostgresDatabaseExtension.class, RedshiftStandInExtension.class})
class LoadCommandTest {

    private static final Function<String, Optional<String>> NO_ENVIRONMENT = name -> Optional.empty();

    @TempDir
    Path directory;

    private final RedshiftStandIn standIn;
    private String out = "";
    private String err = "";

    LoadCommandTest(RedshiftStandIn standIn) {
        this.standIn = standIn;
    }

    @BeforeEach
    void writeProfile() throws IOException {
        Files.writeString(
                directory.resolve("warehouse.yaml"),
                TestCommandTest.standInYaml(standIn, standIn.database().password()));
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--profiles-dir", directory.toString()));
        args = all.toArray(String[]::new);
        LoadCommandRunner runner = new LoadCommandRunner(directory, history());
        int exit = runner.run(args);
        out = runner.out();
        err = runner.err();
        return exit;
    }

    private RunHistoryFile history() {
        return new RunHistoryFile(directory.resolve("history.log"));
    }

    private Path csv(String name, String content) throws IOException {
        return Files.writeString(directory.resolve(name), content);
    }

    @Test
    void loadsAFileIntoATableNamedAfterItAndPrintsTheSummary() throws Exception {
        Path file = csv("Orders.csv", "id,zip,amount,at\n1,01234,10.50,2024-01-02 03:04:05\n2,00007,3.25,\n3,,,\n");

        int exit = run("load", "--profile", "warehouse", file.toString());

        assertThat(exit).as(err).isZero();
        assertThat(out.strip())
                .matches("Loaded 3 rows into public\\.orders \\(3 inserted, 0 updated\\) in (\\d+ ms|\\d+\\.\\d s)");
        assertThat(err).contains("Preparing…").contains("Committing…");
        assertThat(query("SELECT id, zip, amount, at FROM orders ORDER BY id"))
                .containsExactly("1|01234|10.50|2024-01-02 03:04:05", "2|00007|3.25|null", "3|null|null|null");

        exit = run(
                "load",
                "--profile",
                "warehouse",
                file.toString(),
                "--table",
                "orders",
                "--mode",
                "merge",
                "--key",
                "id");
        assertThat(exit).as(err).isZero();
        assertThat(out).contains("(0 inserted, 3 updated)");
        assertThat(history().recent(10))
                .hasSize(2)
                .allMatch(line ->
                        line.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d Loaded 3 rows into public\\.orders .*"))
                .allMatch(line -> line.endsWith("(command line)"));
    }

    @Test
    void aBadValueExitsOneAndNamesTheLine() throws Exception {
        Path file = csv("bad.csv", "id,name\n1,a\n2,b\nthree,c\n");

        int exit = run("load", "--profile", "warehouse", file.toString(), "--type", "id=INTEGER");

        assertThat(exit).isEqualTo(LoadCommand.FAILED);
        assertThat(err).contains("Line 4 of bad.csv, column id: 'three' is not a whole number");
        assertThat(out).isEmpty();
        assertThat(history().recent(10))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("failed: Line 4 of bad.csv")
                .endsWith("bad.csv)");
    }

    @Test
    void distAndSortKeysMustBeColumnsOfTheLoad() throws Exception {
        Path file = csv("keys.csv", "id,name\n1,a\n");

        int exit = run("load", "--profile", "warehouse", file.toString(), "--distkey", "nope", "--sortkey", "id");

        assertThat(exit).isEqualTo(LoadCommand.FAILED);
        assertThat(err).contains("The DISTKEY nope is not one of the columns loaded (id, name)");

        exit = run("load", "--profile", "warehouse", file.toString(), "--sortkey", "id,missing");

        assertThat(exit).isEqualTo(LoadCommand.FAILED);
        assertThat(err).contains("The SORTKEY missing is not one of the columns loaded");
    }

    @Test
    void aDryRunSaysNothingChanged() throws Exception {
        Path file = csv("dry.csv", "id\n1\n");
        int exit = run("load", "--profile", "warehouse", file.toString(), "--dry-run");
        assertThat(exit).isZero();
        assertThat(out)
                .as("which values are NULL, the SQL it ran, then the summary")
                .startsWith(
                        "-- Read as NULL: empty fields, NULL, null, \\N, NA; spaces and tabs around values are kept."
                                + System.lineSeparator()
                                + "CREATE TABLE \"public\".\"dry\"")
                .contains("INSERT INTO \"public\".\"dry\" (\"id\") VALUES (?)")
                .contains("-- Dry run: everything ran and was rolled back; nothing was changed.")
                .contains("-- Would load 1 row into public.dry (")
                .contains("Dry run: would load 1 row into public.dry (")
                .endsWith("nothing was changed" + System.lineSeparator());
        assertThat(query("SELECT to_regclass('public.dry')")).containsExactly("null");
    }

    @Test
    void invalidInputExitsTwo() throws Exception {
        Path file = csv("fine.csv", "id\n1\n");
        assertThat(run(
                        "load",
                        "--profile",
                        "warehouse",
                        directory.resolve("missing.csv").toString()))
                .isEqualTo(RootCommand.INVALID_INPUT);
        assertThat(err).contains("does not exist");
        Path empty = csv("empty.csv", "");
        assertThat(run("load", "--profile", "warehouse", empty.toString())).isEqualTo(RootCommand.INVALID_INPUT);
        assertThat(err).contains("empty.csv").contains("empty");
        assertThat(run("load", "--profile", "warehouse", file.toString(), "--type", "id=NUMBERISH"))
                .isEqualTo(RootCommand.INVALID_INPUT);
        assertThat(run("load", "--profile", "warehouse", file.toString(), "--mode", "upsert"))
                .isEqualTo(RootCommand.INVALID_INPUT);
        assertThat(err).contains("--mode upsert is unknown");
        assertThat(run("load", "--profile", "nobody", file.toString())).isEqualTo(RootCommand.INVALID_INPUT);
        assertThat(run("load", "--profile", "warehouse", file.toString(), "--mode", "merge"))
                .isEqualTo(RootCommand.INVALID_INPUT);
        assertThat(err).contains("A merge needs key columns");
    }

    @Test
    void anInsertLoadIsTypedFromTheWholeFileSoALateLongerValueLoadsAtTheFirstAttempt() throws Exception {
        String longName = "a much longer name than the sample ever saw";
        StringBuilder content = new StringBuilder("id,name\n");
        for (int i = 1; i <= 100_000; i++) {
            content.append(i)
                    .append(',')
                    .append(i == 30_000 ? longName : "n" + i)
                    .append('\n');
        }
        Path file = csv("widened.csv", content.toString());

        int exit = run("load", "--profile", "warehouse", file.toString(), "--insert");

        assertThat(exit).as(err).isZero();
        assertThat(err)
                .contains("Scanning widened.csv for column types…")
                .doesNotContain("Loading again")
                .doesNotContain("sampled");
        assertThat(query("SELECT format_type(atttypid, atttypmod) FROM pg_attribute"
                        + " WHERE attrelid = 'public.widened'::regclass AND attname = 'name'"))
                .containsExactly("character varying(64)");
        assertThat(query("SELECT count(*) FROM widened")).containsExactly("100000");
        assertThat(query("SELECT name FROM widened WHERE id = 30000")).containsExactly(longName);
    }

    private List<String> query(String sql) throws SQLException {
        return standIn.database().query(sql);
    }
}
