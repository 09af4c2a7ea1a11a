package com.redshiftloader.ui.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoadPath;
import com.redshiftloader.domain.load.LoadReport;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.sql.TableName;
import com.redshiftloader.infra.aws.RedshiftCredentialsProvider;
import com.redshiftloader.infra.jdbc.JdbcConnector;
import com.redshiftloader.infra.jdbc.JdbcTableRows;
import com.redshiftloader.infra.load.rejects.RejectsReader;
import com.redshiftloader.infra.load.rejects.RejectsWriter;
import com.redshiftloader.testinfra.PostgresDatabaseExtension;
import com.redshiftloader.testinfra.TestDatabase;
import com.redshiftloader.testinfra.TestProfiles;
import com.redshiftloader.ui.common.DialogService;
import com.redshiftloader.ui.task.DirectBackgroundTasks;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** What the Result and Rejected rows tabs are made of, over the embedded PostgreSQL and a real rejects file. */
@ExtendWith(PostgresDatabaseExtension.class)
class LoadResultViewModelTest {

    private final TestDatabase database;
    private final List<Path> opened = new ArrayList<>();
    private LoadResultViewModel results;
    private Locale locale;

    @TempDir
    Path directory;

    LoadResultViewModelTest(TestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void build() {
        locale = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, Locale.ENGLISH);
        JdbcConnector connector =
                new JdbcConnector(new RedshiftCredentialsProvider(name -> Optional.empty()), name -> Optional.empty());
        DialogService dialogs = new DialogService() {
            @Override
            public Optional<Path> chooseSourceFile() {
                return Optional.empty();
            }

            @Override
            public void openFile(Path file) {
                opened.add(file);
            }
        };
        results = new LoadResultViewModel(
                new JdbcTableRows(connector), new RejectsReader(), new DirectBackgroundTasks(), dialogs);
    }

    @AfterEach
    void restoreTheLocale() {
        Locale.setDefault(Locale.Category.FORMAT, locale);
    }

    @Test
    void copiedRowsAreTabSeparatedWithTheHeaderFirstAndANullEmpty() throws Exception {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE public.copied (id INTEGER, note VARCHAR(20))");
            statement.execute("INSERT INTO public.copied VALUES (1, E'a\\tb\\nc'), (2, NULL)");
        }
        results.show(report("copied", 2, Optional.empty(), false), profile(), false);

        assertThat(results.gridAsText()).isEqualTo("id\tnote\n1\ta b c\n2\t\n");
        assertThat(results.gridStatusProperty().get()).isEqualTo("All 2 rows in public.copied.");
        assertThat(results.sandboxInfoProperty().get()).isEmpty();
    }

    @Test
    void atMostAThousandRejectedRowsAreListedAndTheRestCounted() throws Exception {
        Path file = directory.resolve("orders.csv.rejects.csv");
        try (RejectsWriter rejects = RejectsWriter.replacing(file)) {
            for (int line = 2; line <= 1_004; line++) {
                rejects.write(line, "Line " + line + ": the database refused the row", "x" + line);
            }
        }
        results.show(report("refused", 1_003, Optional.of(file), true), profile(), false);

        assertThat(results.rejected()).hasSize(LoadResultViewModel.REJECTS_SHOWN);
        assertThat(results.rejected().getFirst())
                .isEqualTo(new LoadResultViewModel.RejectedLine("2", "Line 2: the database refused the row", "x2"));
        assertThat(results.rejectsStatusProperty().get())
                .isEqualTo("1,003 rows were rejected to " + file + ". The first 1,000 are listed, 3 more are in the"
                        + " file.");
        assertThat(results.rejectsTitleProperty().get())
                .as("the tab counts the rows rejected, not those listed")
                .isEqualTo("Rejected rows (1,003)");
        assertThat(results.landedProperty().get())
                .as("a dry run landed nothing")
                .isFalse();
        results.openRejectsFile();
        assertThat(opened).containsExactly(file);

        results.clear();
        assertThat(results.rejected()).isEmpty();
        results.openRejectsFile();
        assertThat(opened).as("nothing to open once cleared").hasSize(1);
    }

    private ConnectionProfile profile() {
        return TestProfiles.bind(TestProfiles.postgres(database));
    }

    private static LoadReport report(String table, long rejected, Optional<Path> rejects, boolean dryRun) {
        return new LoadReport(
                new TableName("public", table),
                LoadMode.APPEND,
                LoadPath.AUTO,
                2 + rejected,
                2,
                0,
                rejected,
                Duration.ofMillis(5),
                rejects,
                dryRun,
                0,
                2);
    }
}
