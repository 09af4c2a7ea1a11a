package com.redshiftloader.infra.load.rejects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.redshiftloader.domain.load.LoadException;
import com.redshiftloader.domain.load.RejectedRows;
import com.redshiftloader.domain.source.SourceRecord;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading back what {@link RejectsWriter} wrote, the way the Load step lists it. */
class RejectsReaderTest {

    @TempDir
    Path directory;

    @Test
    void theRowsComeBackWithTheirLinesReasonsAndFieldsAsWritten() throws Exception {
        Path file = directory.resolve("rejects.csv");
        try (RejectsWriter rejects = RejectsWriter.replacing(file)) {
            rejects.write(new SourceRecord(7, new String[] {"a \"b\", c", "C:\\temp", "two\nlines"}), "id: bad");
            rejects.write(0, "COPY: unknown line");
        }
        RejectedRows.Page page = new RejectsReader().read(file, 1_000);
        assertThat(page.rows())
                .containsExactly(
                        new RejectedRows.Rejected(7, "id: bad", List.of("a \"b\", c", "C:\\temp", "two\nlines")),
                        new RejectedRows.Rejected(0, "COPY: unknown line", List.of()));
        assertThat(page.more()).isZero();
    }

    @Test
    void atMostTheLimitIsReadAndTheRestCounted() throws Exception {
        Path file = directory.resolve("many.csv");
        try (RejectsWriter rejects = RejectsWriter.replacing(file)) {
            for (int line = 2; line < 12; line++) {
                rejects.write(line, "bad", "x");
            }
        }
        RejectedRows.Page page = new RejectsReader().read(file, 3);
        assertThat(page.rows()).extracting(RejectedRows.Rejected::line).containsExactly(2L, 3L, 4L);
        assertThat(page.more()).isEqualTo(7);
    }

    @Test
    void aMissingFileSaysWhichOne() {
        Path missing = directory.resolve("gone.csv");
        assertThatThrownBy(() -> new RejectsReader().read(missing, 10))
                .isInstanceOf(LoadException.class)
                .hasMessageContaining("Could not read the rejects file " + missing);
    }
}
