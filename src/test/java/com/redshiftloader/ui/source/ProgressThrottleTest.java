package com.redshiftloader.ui.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.testinfra.ManualClock;
import com.redshiftloader.ui.task.DirectBackgroundTasks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The scan's progress reaches the UI at most every 100 ms; time passes on a hand-moved clock, nobody sleeps. */
class ProgressThrottleTest {

    private final ManualClock clock = new ManualClock();
    private final List<String> shown = new ArrayList<>();
    private final ProgressThrottle throttle = new ProgressThrottle(
            clock,
            new DirectBackgroundTasks(),
            (fraction, text) -> shown.add(String.format(Locale.ROOT, "%.2f %s", fraction, text)));

    @Test
    void theFirstReportShowsAtOnceAndTheNextOnlyAfterTheInterval() {
        clock.advanceMillis(500);
        throttle.progress(1_000_000, 4_000_000, 10);
        clock.advanceMillis(99);
        throttle.progress(2_000_000, 4_000_000, 20);
        clock.advanceMillis(1);
        throttle.progress(3_000_000, 4_000_000, 30);

        assertThat(shown).containsExactly("0.25 Scanning: 10 records, 2 MB/s", "0.75 Scanning: 30 records, 5 MB/s");
    }

    @Test
    void anUnknownSizeShowsAnIndeterminateFraction() {
        clock.advanceMillis(1_000);
        throttle.progress(7_000_000, 0, 1_234);

        assertThat(shown).containsExactly("-1.00 Scanning: 1,234 records, 7 MB/s");
    }

    @Test
    void theFractionNeverPassesTheWhole() {
        clock.advanceMillis(1_000);
        throttle.progress(5_000_000, 4_000_000, 2);

        assertThat(shown).containsExactly("1.00 Scanning: 2 records, 5 MB/s");
    }

    @Test
    void oneRecordIsOneRecord() {
        clock.advanceMillis(1_000);
        throttle.progress(1_000_000, 4_000_000, 1);

        assertThat(shown).containsExactly("0.25 Scanning: 1 record, 1 MB/s");
    }
}
