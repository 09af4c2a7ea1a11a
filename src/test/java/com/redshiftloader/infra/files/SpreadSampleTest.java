package com.redshiftloader.infra.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.schema.ColumnInference;
import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.domain.source.TypeSample;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpreadSampleTest {

    @TempDir
    Path directory;

    private static String rows(int count) {
        StringBuilder text = new StringBuilder("id,name\n");
        for (int i = 1; i <= count; i++) {
            text.append(i).append(",\"n ").append(i).append('"').append('\n');
        }
        return text.toString();
    }

    private static String type(TypeSample sample, int column) {
        ColumnInference inference = sample.columns().get(column);
        return inference.type().sql();
    }

    @Test
    void runsFromAcrossTheFileSeeTheLastSequenceNumbers() throws IOException {
        Path file = Files.writeString(directory.resolve("seq.csv"), rows(100_000));

        TypeSample sample = new FileSourceInspector().sample(file, SourceSettings.csv(), 10_000);

        assertThat(sample.wholeFile()).isFalse();
        assertThat(type(sample, 0)).isEqualTo("INTEGER");
        assertThat(type(sample, 1)).isEqualTo("VARCHAR(16)");
        assertThat(sample.columns().getFirst().evidence().values()).isBetween(9_000L, 16_000L);
    }

    @Test
    void aSmallFileIsSampledWhole() throws IOException {
        Path file = Files.writeString(directory.resolve("small.csv"), rows(500));

        TypeSample sample = new FileSourceInspector().sample(file, SourceSettings.csv(), 10_000);

        assertThat(sample.wholeFile()).isTrue();
        assertThat(type(sample, 0)).isEqualTo("SMALLINT");
    }

    @Test
    void aCompressedFileIsSampledFromItsFirstRows() throws IOException {
        Path file = directory.resolve("seq.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(rows(100_000).getBytes(StandardCharsets.UTF_8));
        }

        TypeSample sample =
                new FileSourceInspector().sample(file, SourceSettings.csv().withGzip(true), 10_000);

        assertThat(sample.wholeFile()).isFalse();
        assertThat(type(sample, 0)).isEqualTo("SMALLINT");
    }

    @Test
    void aRunThatStartsInsideAQuotedLineBreakLeavesNoWrongType() throws IOException {
        StringBuilder text = new StringBuilder("id,note\n");
        for (int i = 1; i <= 40_000; i++) {
            text.append(i)
                    .append(",\"line one\n")
                    .append(i % 7 == 0 ? "x,y" : "two")
                    .append("\"\n");
        }
        Path file = Files.writeString(directory.resolve("quoted.csv"), text.toString());

        TypeSample sample = new FileSourceInspector().sample(file, SourceSettings.csv(), 10_000);

        assertThat(type(sample, 0)).isEqualTo("INTEGER");
    }
}
