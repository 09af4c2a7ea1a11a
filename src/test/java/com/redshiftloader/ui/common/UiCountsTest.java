package com.redshiftloader.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoadPath;
import com.redshiftloader.domain.load.LoadReport;
import com.redshiftloader.domain.sql.TableName;
import com.redshiftloader.domain.text.Counts;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/** The window groups digits as the user's locale does; the command line's texts stay fixed. */
@ResourceLock(Resources.LOCALE)
class UiCountsTest {

    @Test
    void theWindowGroupsDigitsInTheUsersLocaleAndTheCommandLineDoesNot() {
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        try {
            Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY);
            assertThat(UiCounts.of(1_000, "row")).isEqualTo("1.000 rows");
            assertThat(UiCounts.of(1, "record")).isEqualTo("1 record");
            assertThat(Counts.of(1_000, "row")).isEqualTo("1,000 rows");

            Locale.setDefault(Locale.Category.FORMAT, Locale.US);
            assertThat(UiCounts.of(12_345, "value")).isEqualTo("12,345 values");
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
    }

    @Test
    void theSummaryTakesTheLocaleItIsShownIn() {
        LoadReport report = new LoadReport(
                new TableName("public", "orders"),
                LoadMode.APPEND,
                LoadPath.AUTO,
                1_000,
                1_000,
                0,
                0,
                Duration.ofMillis(850),
                Optional.empty(),
                false,
                0,
                1_000);

        assertThat(report.summary(Locale.GERMANY))
                .isEqualTo("Loaded 1.000 rows into public.orders (1.000 inserted, 0 updated) in 850 ms");
        assertThat(report.summary())
                .isEqualTo("Loaded 1,000 rows into public.orders (1,000 inserted, 0 updated) in 850 ms");
    }
}
