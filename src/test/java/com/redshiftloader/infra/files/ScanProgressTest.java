package com.redshiftloader.infra.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.schema.inference.ScanOutcome;
import com.redshiftloader.domain.source.CancellationToken;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanProgressTest {

    @TempDir
    Path dir;

    private Path file;
    private final FileSourceInspector inspector = new FileSourceInspector();

    @BeforeEach
    void writeFile() {
        StringBuilder text = new StringBuilder("id,name\n");
        for (int i = 0; i < 50_000; i++) {
            text.append(i).append(",name ").append(i).append('\n');
        }
        file = Files2.write(dir, "p.csv", text.toString());
    }

    @Test
    void progressGrowsToTheFileSize() throws Exception {
        List<long[]> events = new ArrayList<>();
        ScanOutcome outcome = inspector.scan(
                file,
                inspector.detect(file),
                (read, total, records) -> events.add(new long[] {read, total, records}),
                new CancellationToken());
        assertThat(outcome).isInstanceOf(ScanOutcome.Completed.class);
        assertThat(events).hasSizeGreaterThan(5);
        assertThat(events).allSatisfy(event -> assertThat(event[1]).isEqualTo(Files.size(file)));
        assertThat(events.getLast()[0]).isEqualTo(Files.size(file));
        assertThat(events.getLast()[2]).isEqualTo(50_000);
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i)[0]).isGreaterThanOrEqualTo(events.get(i - 1)[0]);
        }
    }

    @Test
    void aCancelledTokenStopsTheScan() {
        CancellationToken token = new CancellationToken();
        ScanOutcome outcome = inspector.scan(
                file,
                inspector.detect(file),
                (read, total, records) -> {
                    if (records >= 8192) {
                        token.cancel();
                    }
                },
                token);
        assertThat(outcome)
                .isInstanceOfSatisfying(ScanOutcome.Cancelled.class, cancelled -> assertThat(cancelled.records())
                        .isLessThan(50_000));
    }

    @Test
    void interruptingTheThreadStopsTheScan() throws Exception {
        AtomicReference<ScanOutcome> result = new AtomicReference<>();
        Thread worker = new Thread(() -> result.set(inspector.scan(
                file,
                inspector.detect(file),
                (read, total, records) -> Thread.currentThread().interrupt(),
                new CancellationToken())));
        worker.start();
        worker.join(10_000);
        assertThat(result.get()).isInstanceOf(ScanOutcome.Cancelled.class);
    }
}
