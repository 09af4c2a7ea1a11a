package com.redshiftloader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.infra.store.RunHistoryFile;
import com.redshiftloader.testinfra.PostgresDatabaseExtension;
import com.redshiftloader.testinfra.TestDatabase;
import com.redshiftloader.testinfra.TestProfiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code load} with engine=postgres: a large file is typed from the whole file before anything is sent, so a value
 * late in the file that needs a wider type is loaded at the first attempt.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class LoadCommandPostgresTest {

    private static final Function<String, Optional<String>> NO_ENVIRONMENT = name -> Optional.empty();

    @TempDir
    Path directory;

    private final TestDatabase database;
    private String out = "";
    private String err = "";

    LoadCommandPostgresTest(TestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void writeProfile() throws IOException {
        String yaml = TestProfiles.postgres(database).entrySet().stream()
                .map(entry -> entry.getKey() + ": " + entry.getValue())
                .collect(Collectors.joining("\n", "", "\n"));
        Files.writeString(directory.resolve("local.yaml"), yaml);
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--profiles-dir", directory.toString()));
        args = all.toArray(String[]::new);
        LoadCommandRunner runner =
                new LoadCommandRunner(directory, new RunHistoryFile(directory.resolve("history.log")));
        int exit = runner.run(args);
        out = runner.out();
        err = runner.err();
        return exit;
    }

    private Path file(String name, int rows, IntFunction<String> nameOfRow) throws IOException {
        StringBuilder text = new StringBuilder("id,name\n");
        for (int i = 1; i <= rows; i++) {
            text.append(i).append(',').append(nameOfRow.apply(i)).append('\n');
        }
        return Files.writeString(directory.resolve(name), text.toString());
    }

    private String type(String table, String column) throws Exception {
        return database.query("SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'public."
                        + table + "'::regclass AND attname = '" + column + "'")
                .getFirst();
    }

    @Test
    void aLargeFileIsTypedFromTheWholeFileBeforeTheLoad() throws Exception {
        Path file = file("agreed.csv", 60_000, i -> "n" + i);

        int exit = run("load", "--profile", "local", file.toString());

        assertThat(exit).as(err).isZero();
        assertThat(err).contains("Scanning agreed.csv for column types…").doesNotContain("alongside");
        assertThat(database.query("SELECT count(*) FROM agreed")).containsExactly("60000");
        assertThat(type("agreed", "id")).isEqualTo("integer");
    }

    @Test
    void aLongerValueLateInTheFileIsTypedBeforeTheLoadWhichRunsOnce() throws Exception {
        String longName = "a much longer name than the sample ever saw";
        Path file = file("widened.csv", 100_000, i -> i == 30_000 ? longName : "n" + i);

        int exit = run("load", "--profile", "local", file.toString());

        assertThat(exit).as(err).isZero();
        assertThat(err).doesNotContain("Loading again").doesNotContain("sampled");
        assertThat(type("widened", "name")).isEqualTo("character varying(64)");
        assertThat(database.query("SELECT count(*) FROM widened")).containsExactly("100000");
        assertThat(database.query("SELECT name FROM widened WHERE id = 30000")).containsExactly(longName);
        assertThat(out).startsWith("Loaded 100,000 rows into public.widened");
    }
}
