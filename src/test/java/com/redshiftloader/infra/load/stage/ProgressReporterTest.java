package com.redshiftloader.infra.load.stage;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.load.LoadEvent;
import com.redshiftloader.testinfra.ManualClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressReporterTest {

    private final ManualClock clock = new ManualClock();
    private final List<LoadEvent.Progress> events = new ArrayList<>();
    private final ProgressReporter reporter =
            new ProgressReporter(event -> events.add((LoadEvent.Progress) event), 1_000, clock);

    @Test
    void theFirstReportGoesAtOnceThenAtMostFourASecondAndTheLastAlways() {
        reporter.report(1, 10);
        clock.advanceMillis(249);
        reporter.report(2, 20);
        clock.advanceMillis(1);
        reporter.report(3, 30);
        clock.advanceMillis(100);
        reporter.report(4, 40);
        reporter.finish(5, 50);

        assertThat(events).extracting(LoadEvent.Progress::rows).containsExactly(1L, 3L, 5L);
    }

    @Test
    void theRateAndTheTimeLeftComeFromTheClock() {
        clock.advance(Duration.ofSeconds(2));
        reporter.report(500, 250);
        clock.advance(Duration.ofSeconds(2));
        reporter.finish(1_000, 1_000);

        assertThat(events.get(0).rowsPerSecond()).isEqualTo(250.0);
        assertThat(events.get(0).remaining()).contains(Duration.ofSeconds(6)); // 750 bytes left at 125 bytes/s
        assertThat(events.get(1).rowsPerSecond()).isEqualTo(250.0);
        assertThat(events.get(1).remaining()).contains(Duration.ZERO);
    }
}
