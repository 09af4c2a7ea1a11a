package com.redshiftloader.domain.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.types.ScalarType;
import com.redshiftloader.domain.source.SourceFormat;
import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.domain.sql.TableOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A job's column choices and source settings over what the tool detects. */
class LoadJobTest {

    private static LoadJob job(List<JobColumn> columns) {
        return new LoadJob("prod", Path.of("orders.csv"), JobSourceSettings.detected(), LoadChoices.none(), columns);
    }

    private static ColumnSpec spec(int position, String source, String name) {
        return new ColumnSpec(position, source, name, ScalarType.INTEGER, ColumnSpec.Origin.INFERRED);
    }

    @Test
    void renamesAndLeavesOutColumnsBySourceName() {
        LoadJob job = job(List.of(
                new JobColumn("Order Id", Optional.of(ScalarType.BIGINT), Optional.of("id"), false),
                new JobColumn("note", Optional.empty(), Optional.empty(), true)));

        List<ColumnSpec> chosen = job.applyTo(List.of(spec(0, "Order Id", "order_id"), spec(1, "note", "note")));

        assertThat(chosen).extracting(ColumnSpec::name).containsExactly("id");
        assertThat(job.typeOverrides()).containsExactly(Map.entry("Order Id", ScalarType.BIGINT));
    }

    @Test
    void leavingOutEveryColumnIsRefused() {
        LoadJob job = job(List.of(new JobColumn("id", Optional.empty(), Optional.empty(), true)));
        assertThatThrownBy(() -> job.applyTo(List.of(spec(0, "id", "id"))))
                .hasMessageContaining("include at least one");
    }

    private static LoadChoices forOneRun(Optional<Path> rejects, boolean dryRun, TableOptions tableOptions) {
        LoadChoices none = LoadChoices.none();
        return new LoadChoices(
                none.schema(),
                none.table(),
                none.mode(),
                none.mergeKeys(),
                none.path(),
                none.maxErrors(),
                rejects,
                dryRun,
                tableOptions);
    }

    @Test
    void aJobRefusesTheChoicesOfOneRun() {
        List<LoadChoices> oneRun = List.of(
                forOneRun(Optional.of(Path.of("r.csv")), false, TableOptions.NONE),
                forOneRun(Optional.empty(), true, TableOptions.NONE),
                forOneRun(Optional.empty(), false, new TableOptions(Optional.of("id"), List.of())));

        for (LoadChoices choices : oneRun) {
            assertThatThrownBy(() ->
                            new LoadJob("prod", Path.of("a.csv"), JobSourceSettings.detected(), choices, List.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("A job saves no rejects file, dry run or table options");
        }
        assertThat(forOneRun(Optional.empty(), false, TableOptions.NONE)).isEqualTo(LoadChoices.none());
    }

    @Test
    void sourceSettingsKeepOnlyWhatDiffersFromDetectionAndApplyBack() {
        SourceSettings detected = SourceSettings.csv();
        SourceSettings chosen = detected.withFormat(SourceFormat.TSV)
                .withDialect(detected.dialect().withDelimiter('\t').withSkipLines(2));

        JobSourceSettings pinned = JobSourceSettings.between(detected, chosen);

        assertThat(pinned.format()).contains(SourceFormat.TSV);
        assertThat(pinned.delimiter()).contains('\t');
        assertThat(pinned.skipLines()).contains(2);
        assertThat(pinned.encoding()).isEmpty();
        assertThat(pinned.header()).isEmpty();
        assertThat(pinned.applyTo(detected)).isEqualTo(chosen);
        assertThat(JobSourceSettings.detected().applyTo(detected)).isEqualTo(detected);
    }

    @Test
    void theNullValuesAndTrimmingAreKeptWhenChangedAndApplyBack() {
        SourceSettings detected = SourceSettings.csv();
        SourceSettings chosen = detected.withNullTokens(Set.of("", "n/a")).withTrim(true);

        JobSourceSettings pinned = JobSourceSettings.between(detected, chosen);

        assertThat(pinned.nullTokens()).contains(Set.of("", "n/a"));
        assertThat(pinned.trim()).contains(true);
        assertThat(pinned.applyTo(detected)).isEqualTo(chosen);
        assertThat(JobSourceSettings.between(detected, detected).nullTokens()).isEmpty();
        assertThat(JobSourceSettings.between(detected, detected).trim()).isEmpty();
    }
}
