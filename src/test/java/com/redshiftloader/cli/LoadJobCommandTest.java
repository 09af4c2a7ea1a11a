package com.redshiftloader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.load.RunHistory;
import com.redshiftloader.testinfra.PostgresDatabaseExtension;
import com.redshiftloader.testinfra.TestDatabase;
import com.redshiftloader.testinfra.TestProfiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code load --job} on the embedded PostgreSQL: the job fills the options, the command line overrides them. */
@ExtendWith(PostgresDatabaseExtension.class)
class LoadJobCommandTest {

    private static final Function<String, Optional<String>> NO_ENVIRONMENT = name -> Optional.empty();
    private static final String ORDERS = """
            # exported 2026-01-31
            order id|zip|amount|note
            1|01234|10.50|first
            2|00007|3.25|
            3|99950|7.00|last
            """;

    @TempDir
    Path directory;

    private final TestDatabase database;
    private String out = "";
    private String err = "";

    LoadJobCommandTest(TestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void writeProfile() throws IOException {
        Map<String, Object> keys = TestProfiles.postgres(database);
        String yaml = keys.entrySet().stream()
                .map(entry -> entry.getKey() + ": " + entry.getValue())
                .collect(Collectors.joining("\n", "", "\n"));
        Files.writeString(directory.resolve("local.yaml"), yaml);
        Files.writeString(directory.resolve("orders.csv"), ORDERS);
    }

    private int run(String... args) {
        LoadCommandRunner runner = new LoadCommandRunner(directory, RunHistory.NONE);
        int exit = runner.run(args);
        out = runner.out();
        err = runner.err();
        return exit;
    }

    private Path job(String name, String yaml) throws IOException {
        return Files.writeString(directory.resolve(name), yaml);
    }

    @Test
    void aJobsNullValuesAndTrimmingApplyAndTheCommandLineReplacesItsNullValues() throws Exception {
        Files.writeString(directory.resolve("scores.csv"), "id,score,label\n1,  n/a ,NA\n2, 5 ,-\n");
        Path job = job("scores.job.yaml", """
                profile: local
                file: scores.csv
                source:
                  null_as: ["", "n/a"]
                  trim: true
                table: scores_by_job
                """);

        assertThat(run("load", "--job", job.toString(), "--profiles-dir", directory.toString()))
                .as(err)
                .isZero();
        assertThat(run(
                        "load",
                        "--job",
                        job.toString(),
                        "--table",
                        "scores_by_override",
                        "--null-as",
                        "n/a",
                        "--null-as",
                        "-",
                        "--profiles-dir",
                        directory.toString()))
                .as(err)
                .isZero();

        assertThat(database.query("SELECT id, score, label FROM scores_by_job ORDER BY id"))
                .containsExactly("1|null|NA", "2|5|-");
        assertThat(database.query("SELECT id, score, label FROM scores_by_override ORDER BY id"))
                .as("the job's trim stays, its NULL values are replaced")
                .containsExactly("1|null|NA", "2|5|null");
    }

    @Test
    void aJobLoadsTheSameTableAsTheEquivalentCommandLine() throws Exception {
        Path job = job("orders.job.yaml", """
                profile: local
                file: orders.csv
                source:
                  delimiter: "|"
                  skip_lines: 1
                table: orders_by_job
                mode: merge
                merge_keys: [order_id]
                path: insert
                columns:
                  zip:
                    type: CHAR(5)
                  amount:
                    type: DECIMAL(12,2)
                """);

        int byJob = run("load", "--job", job.toString(), "--profiles-dir", directory.toString());
        assertThat(byJob).as(err).isZero();
        Path cliCopy = Files.writeString(
                directory.resolve("orders_cli.csv"),
                ORDERS.lines().skip(1).collect(Collectors.joining("\n", "", "\n")));
        int byOptions = run(
                "load",
                "--profile",
                "local",
                cliCopy.toString(),
                "--table",
                "orders_by_options",
                "--mode",
                "merge",
                "--key",
                "order_id",
                "--insert",
                "--type",
                "zip=CHAR(5)",
                "--type",
                "amount=DECIMAL(12,2)",
                "--profiles-dir",
                directory.toString());
        assertThat(byOptions).as(err).isZero();

        assertThat(columns("orders_by_job")).isEqualTo(columns("orders_by_options"));
        assertThat(columns("orders_by_job"))
                .containsExactly("order_id integer", "zip character", "amount numeric", "note character varying");
        assertThat(query("SELECT * FROM orders_by_job ORDER BY 1"))
                .isEqualTo(query("SELECT * FROM orders_by_options ORDER BY 1"))
                .containsExactly("1|01234|10.50|first", "2|00007|3.25|null", "3|99950|7.00|last");
    }

    @Test
    void aJobRenamesAndLeavesOutColumnsBySourceName() throws Exception {
        Path job = job("renamed.yaml", """
                profile: local.yaml
                file: orders.csv
                source: {delimiter: "|", skip_lines: 1}
                table: renamed
                columns:
                  order id: {name: id}
                  note: {excluded: true}
                """);

        assertThat(run("load", "--job", job.toString())).as(err).isZero();

        assertThat(query("SELECT * FROM renamed ORDER BY id"))
                .containsExactly("1|01234|10.50", "2|00007|3.25", "3|99950|7.00");
        assertThat(columns("renamed"))
                .extracting(column -> column.split(" ")[0])
                .containsExactly("id", "zip", "amount");
    }

    @Test
    void aJobsDateFormatIsReadBackAndLoadsTheColumnAsDate() throws Exception {
        Files.writeString(directory.resolve("shipments.csv"), "id;shipped\n1;12.06.1998\n2;31.12.1999\n");
        Path job = job("shipments.yaml", """
                profile: local.yaml
                file: shipments.csv
                table: shipments_by_job
                columns:
                  shipped:
                    date_format: DD.MM.YYYY
                """);

        assertThat(run("load", "--job", job.toString())).as(err).isZero();

        assertThat(columns("shipments_by_job")).containsExactly("id integer", "shipped date");
        assertThat(query("SELECT * FROM shipments_by_job ORDER BY id")).containsExactly("1|1998-06-12", "2|1999-12-31");
    }

    @Test
    void aDateFormatOnTheCommandLineOverridesTheJobs() throws Exception {
        Files.writeString(directory.resolve("shipments.csv"), "id;shipped\n1;06.12.1998\n");
        Path job = job("shipments.yaml", """
                profile: local.yaml
                file: shipments.csv
                table: shipments_us
                columns:
                  shipped: {date_format: DD.MM.YYYY}
                """);

        assertThat(run("load", "--job", job.toString(), "--date-format", "shipped=MM.DD.YYYY"))
                .as(err)
                .isZero();

        assertThat(query("SELECT shipped FROM shipments_us")).containsExactly("1998-06-12");
    }

    @Test
    void anOptionOnTheCommandLineOverridesTheJobsMode() throws Exception {
        Path job = job("strict.yaml", """
                profile: local.yaml
                file: orders.csv
                source: {delimiter: "|", skip_lines: 1}
                table: strict
                mode: fail_if_exists
                """);
        assertThat(run("load", "--job", job.toString())).as(err).isZero();

        assertThat(run("load", "--job", job.toString())).isEqualTo(LoadCommand.FAILED);
        assertThat(run("load", "--job", job.toString(), "--mode", "append"))
                .as(err)
                .isZero();

        assertThat(query("SELECT count(*) FROM strict")).containsExactly("6");
    }

    @Test
    void anInvalidJobExitsTwoNamingTheFileAndLine() throws Exception {
        Path job = job("typo.yaml", """
                profile: local.yaml
                file: orders.csv
                tabel: orders
                """);

        assertThat(run("load", "--job", job.toString())).isEqualTo(RootCommand.INVALID_INPUT);
        assertThat(err).contains("typo.yaml:3: unknown key 'tabel'");
        assertThat(run("load", "--job", directory.resolve("missing.yaml").toString()))
                .isEqualTo(RootCommand.INVALID_INPUT);
        assertThat(run("load", directory.resolve("orders.csv").toString())).isEqualTo(RootCommand.INVALID_INPUT);
        assertThat(err).contains("Give --profile and the file to load, or --job");
    }

    private List<String> columns(String table) throws SQLException {
        return query("SELECT column_name || ' ' || data_type FROM information_schema.columns WHERE table_name = '"
                + table + "' ORDER BY ordinal_position");
    }

    private List<String> query(String sql) throws SQLException {
        return database.query(sql);
    }
}
