package com.redshiftloader.ui.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.load.LoadEvent;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoadProgressTextTest {

    private static LoadEvent.Progress progress(long rows, long bytes, long total, double rate, Duration left) {
        return new LoadEvent.Progress(rows, bytes, total, rate, Optional.ofNullable(left));
    }

    @Test
    void aRunningLoadShowsRowsBytesRateAndTimeLeft() {
        assertThat(LoadProgressText.text(progress(12_345, 3_200_000, 10_000_000, 45_000, Duration.ofSeconds(4))))
                .isEqualTo("12,345 rows · 3.2 MB of 10.0 MB · 45,000 rows/s · about 4 s left");
        assertThat(LoadProgressText.text(progress(2, 10, 20_000_000_000L, 2, Duration.ofMinutes(100))))
                .isEqualTo("2 rows · 10 B of 20.0 GB · 2 rows/s · about 101 min left");
    }

    @Test
    void oneRowIsARow() {
        assertThat(LoadProgressText.text(progress(1, 10, 20_000_000_000L, 1, Duration.ofMinutes(100))))
                .isEqualTo("1 row · 10 B of 20.0 GB · 1 row/s · about 101 min left");
        assertThat(LoadProgressText.text(progress(0, 0, 0, 0, null))).isEqualTo("0 rows");
    }

    @Test
    void aFinishedLoadShowsItsSizeAndNoTimeLeft() {
        assertThat(LoadProgressText.text(progress(5, 612, 612, 30, Duration.ofMillis(200))))
                .isEqualTo("5 rows · 612 B · 30 rows/s");
    }

    @Test
    void lessThanHalfASecondLeftIsNotWorthSaying() {
        assertThat(LoadProgressText.text(progress(5, 100, 612, 30, Duration.ofMillis(300))))
                .isEqualTo("5 rows · 100 B of 612 B · 30 rows/s");
    }

    @Test
    void sizesUseTheUnitThatReadsBest() {
        assertThat(LoadProgressText.size(999)).isEqualTo("999 B");
        assertThat(LoadProgressText.size(1_500)).isEqualTo("1.5 KB");
        assertThat(LoadProgressText.size(87_059_185)).isEqualTo("87.1 MB");
    }
}
