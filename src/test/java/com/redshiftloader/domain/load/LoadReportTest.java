package com.redshiftloader.domain.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.sql.TableName;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoadReportTest {

    private static LoadReport report(long read, long rejected, Duration duration) {
        return report(read, rejected, duration, false);
    }

    private static LoadReport report(long read, long rejected, Duration duration, boolean dryRun) {
        return new LoadReport(
                new TableName("public", "t"),
                LoadMode.APPEND,
                LoadPath.AUTO,
                read,
                read - rejected,
                0,
                rejected,
                duration,
                rejected > 0 ? Optional.of(Path.of("t.csv.rejects.csv")) : Optional.empty(),
                dryRun,
                0,
                read - rejected);
    }

    @Test
    void theTableRowsBeforeAndAfterReadWithTheLocalesDigits() {
        assertThat(report(1_000, 0, Duration.ZERO).tableRowsText(Locale.ROOT)).isEqualTo("public.t: 0 → 1,000 rows");
        assertThat(report(1, 0, Duration.ZERO).tableRowsText(Locale.GERMANY)).isEqualTo("public.t: 0 → 1 row");
    }

    @Test
    void rowsLoadedLeaveTheRejectedOut() {
        assertThat(report(10, 2, Duration.ZERO).rowsLoaded()).isEqualTo(8);
    }

    @Test
    void durationsReadNaturally() {
        assertThat(report(1, 0, Duration.ofMillis(35)).durationText()).isEqualTo("35 ms");
        assertThat(report(1, 0, Duration.ofMillis(2_449)).durationText()).isEqualTo("2.4 s");
        assertThat(report(1, 0, Duration.ofSeconds(185)).durationText()).isEqualTo("3 min 05 s");
    }

    @Test
    void theSummarySaysOneRowAndManyRows() {
        assertThat(report(1, 0, Duration.ofMillis(12)).summary())
                .isEqualTo("Loaded 1 row into public.t (1 inserted, 0 updated) in 12 ms");
        assertThat(report(2_001, 0, Duration.ofMillis(12)).summary())
                .isEqualTo("Loaded 2,001 rows into public.t (2,001 inserted, 0 updated) in 12 ms");
    }

    @Test
    void theSummaryNamesTheRejectsFileWhenRowsWereRejected() {
        assertThat(report(3, 1, Duration.ofMillis(12)).summary())
                .isEqualTo("Loaded 2 rows into public.t (2 inserted, 0 updated) in 12 ms;"
                        + " 1 row rejected to t.csv.rejects.csv");
        assertThat(report(4, 2, Duration.ofMillis(12)).summary()).endsWith("; 2 rows rejected to t.csv.rejects.csv");
    }

    @Test
    void aDryRunSummarySaysNothingChanged() {
        assertThat(report(1, 0, Duration.ofMillis(12), true).summary())
                .isEqualTo("Dry run: would load 1 row into public.t (1 inserted, 0 updated) in 12 ms;"
                        + " nothing was changed");
    }
}
