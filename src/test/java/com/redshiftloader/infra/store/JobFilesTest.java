package com.redshiftloader.infra.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.redshiftloader.domain.load.JobColumn;
import com.redshiftloader.domain.load.JobFileException;
import com.redshiftloader.domain.load.JobSourceSettings;
import com.redshiftloader.domain.load.LoadChoices;
import com.redshiftloader.domain.load.LoadJob;
import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoadPath;
import com.redshiftloader.domain.schema.types.DateLayout;
import com.redshiftloader.domain.schema.types.RedshiftType;
import com.redshiftloader.domain.schema.types.ScalarType;
import com.redshiftloader.domain.source.SourceFormat;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Job files: what is written reads back the same, and every problem names the file and the line. */
class JobFilesTest {

    @TempDir
    Path directory;

    private final JobFiles jobs = new JobFiles();

    private LoadJob fullJob() {
        return new LoadJob(
                "warehouse",
                directory.resolve("in/Orders 2026.csv"),
                new JobSourceSettings(
                        Optional.of(SourceFormat.TSV),
                        Optional.of(Charset.forName("windows-1252")),
                        Optional.of('\t'),
                        Optional.of('\''),
                        Optional.of(false),
                        Optional.of(2),
                        Optional.of(true),
                        Optional.of(true),
                        Optional.empty(),
                        Optional.of(com.redshiftloader.domain.source.BadBytes.REPLACE),
                        Optional.of(Set.of("", "NULL", "\\N", "n/a")),
                        Optional.of(true)),
                LoadChoices.saved(
                        Optional.of("sales"),
                        Optional.of("orders"),
                        Optional.of(LoadMode.MERGE),
                        List.of("order_id", "line"),
                        Optional.of(LoadPath.INSERT),
                        Optional.of(25)),
                List.of(
                        new JobColumn("zip", Optional.of(new RedshiftType.Varchar(5)), Optional.empty(), false),
                        new JobColumn("order id", Optional.empty(), Optional.of("order_id"), false),
                        new JobColumn("note: free text", Optional.empty(), Optional.empty(), true),
                        new JobColumn(
                                "amount", Optional.of(new RedshiftType.Decimal(12, 2)), Optional.of("total"), false),
                        new JobColumn(
                                "shipped on",
                                Optional.empty(),
                                Optional.empty(),
                                false,
                                Optional.of(DateLayout.parse("MON DD, YYYY"))),
                        new JobColumn(
                                "picked",
                                Optional.of(ScalarType.TIMESTAMP),
                                Optional.of("picked_at"),
                                false,
                                Optional.of(DateLayout.parse("YYYY-MM-DD HH24:MI:SS")))));
    }

    @Test
    void aJobWrittenReadsBackTheSame() throws Exception {
        Path file = directory.resolve("orders.job.yaml");
        LoadJob job = fullJob();

        jobs.write(job, file);

        assertThat(jobs.read(file)).isEqualTo(job);
        assertThat(Files.readString(file))
                .contains("profile: warehouse")
                .contains("mode: merge")
                .contains("delimiter: tab")
                .contains("on_bad_bytes: replace")
                .contains("null_as:\n    - \"\"\n    - \"NULL\"\n    - \\N\n    - n/a\n")
                .contains("trim: true")
                .contains("type: VARCHAR(5)")
                .contains("MON DD, YYYY")
                .contains("YYYY-MM-DD HH24:MI:SS")
                .doesNotContain("password");
    }

    @Test
    void nullAsIsAListOfQuotedValuesOrOneValue() throws Exception {
        Path list = Files.writeString(directory.resolve("list.yaml"), """
                profile: prod
                file: data.csv
                source:
                  null_as: ["", "NULL", "n/a"]
                  trim: true
                """);
        Path single = Files.writeString(directory.resolve("single.yaml"), """
                profile: prod
                file: data.csv
                source:
                  null_as: ""
                """);

        assertThat(jobs.read(list).source().nullTokens()).contains(Set.of("", "NULL", "n/a"));
        assertThat(jobs.read(list).source().trim()).contains(true);
        assertThat(jobs.read(single).source().nullTokens()).contains(Set.of(""));
    }

    @Test
    void anUnquotedNullInNullAsIsAProblemNamingTheLine() throws Exception {
        Path file = Files.writeString(directory.resolve("bare.yaml"), """
                profile: prod
                file: data.csv
                source:
                  null_as: [NULL, n/a]
                """);

        assertThatThrownBy(() -> jobs.read(file))
                .isInstanceOf(JobFileException.class)
                .hasMessageContaining("bare.yaml:4: 'null_as' must be a list of values, each quoted");
    }

    @Test
    void aJobOfDefaultsWritesOnlyWhatItNeeds() throws Exception {
        Path file = directory.resolve("plain.yaml");
        LoadJob job = new LoadJob(
                "prod",
                directory.resolve("data.csv"),
                JobSourceSettings.detected(),
                LoadChoices.none(),
                List.of(new JobColumn("id", Optional.empty(), Optional.empty(), false)));

        jobs.write(job, file);

        assertThat(Files.readString(file).lines()).containsExactly("profile: prod", "file: " + job.file());
        assertThat(jobs.read(file).columns()).isEmpty();
    }

    @Test
    void relativePathsAreTakenFromTheJobsDirectory() throws Exception {
        Path file = Files.writeString(directory.resolve("job.yaml"), """
                profile: profiles/prod.yaml
                file: data/orders.csv
                merge_keys: id, line
                """);

        LoadJob job = jobs.read(file);

        assertThat(job.file()).isEqualTo(directory.resolve("data/orders.csv"));
        assertThat(job.profile())
                .isEqualTo(directory.resolve("profiles/prod.yaml").toString());
        assertThat(job.choices().mergeKeys()).containsExactly("id", "line");
    }

    @Test
    void everyProblemNamesTheFileAndTheLine() throws Exception {
        Path file = Files.writeString(directory.resolve("broken.yaml"), """
                profile: prod
                file: orders.csv
                moed: merge
                mode: upsert
                source:
                  delimiter: ';;'
                  header: maybe
                max_errors: -1
                columns:
                  zip:
                    type: VARCHAR(five)
                    nmae: zip_code
                  shipped:
                    date_format: MON DAY YYYY
                """);

        assertThatThrownBy(() -> jobs.read(file))
                .isInstanceOfSatisfying(JobFileException.class, e -> assertThat(e.problems())
                        .containsExactlyInAnyOrder(
                                "broken.yaml:3: unknown key 'moed'; use profile, file, source, schema, table, mode,"
                                        + " merge_keys, path, max_errors, columns",
                                "broken.yaml:4: 'mode' must be one of append, truncate, replace, merge,"
                                        + " fail_if_exists, not 'upsert'",
                                "broken.yaml:6: 'delimiter' must be one character (or 'tab'), not ';;'",
                                "broken.yaml:7: 'header' must be true or false, not 'maybe'",
                                "broken.yaml:8: 'max_errors' must be a whole number, 0 or more, not '-1'",
                                "broken.yaml:11: 'VARCHAR(five)': 'five' is not a whole number.",
                                "broken.yaml:12: unknown key 'nmae'; use type, name, excluded, date_format",
                                "broken.yaml:14: The date layout 'MON DAY YYYY' has 'DAY', which is not a Redshift"
                                        + " date or time part; use " + DateLayout.ACCEPTED + "."));
    }

    @Test
    void aMissingProfileOrFileIsNamed() throws Exception {
        Path file = Files.writeString(directory.resolve("empty.yaml"), "table: orders\n");

        assertThatThrownBy(() -> jobs.read(file))
                .isInstanceOf(JobFileException.class)
                .hasMessageContaining("empty.yaml: 'profile' is missing")
                .hasMessageContaining("empty.yaml: 'file' is missing");
    }

    @Test
    void aYamlSyntaxErrorNamesItsLineAndColumnAndTheFix() throws Exception {
        Path indented = Files.writeString(
                directory.resolve("indented.yaml"), "profile: warehouse\nsource:\n  path: a.csv\n   delimiter: ','\n");

        assertThatThrownBy(() -> jobs.read(indented))
                .hasMessageContaining("indented.yaml:4:")
                .hasMessageContaining("not valid YAML (mapping values are not allowed here)")
                .hasMessageContaining("Check the indentation");
    }

    @Test
    void yamlThatIsNotAMappingOrNotYamlIsRefused() throws Exception {
        Path list = Files.writeString(directory.resolve("list.yaml"), "- profile\n- file\n");
        Path bad = Files.writeString(directory.resolve("bad.yaml"), "profile: [unclosed\n");

        assertThatThrownBy(() -> jobs.read(list))
                .hasMessageStartingWith("list.yaml:1: expected a list of 'key: value' lines");
        assertThatThrownBy(() -> jobs.read(bad)).hasMessageStartingWith("bad.yaml:2:1: not valid YAML (");
        assertThatThrownBy(() -> jobs.read(directory.resolve("none.yaml"))).hasMessageStartingWith("No job file at");
    }
}
