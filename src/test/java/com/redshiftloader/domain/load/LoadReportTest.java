package com.redshiftloader.domain.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.sql.TableName;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoadReportTest {

    private static LoadReport report(long read, long rejected, Duration duration) {
        return new LoadReport(
                new TableName("public", "t"),
                LoadMode.APPEND,
                LoadPath.AUTO,
                read,
                read - rejected,
                0,
                rejected,
                duration,
                Optional.empty(),
                false);
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
}
