package com.redshiftloader.infra.load.rejects;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.source.SourceRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RejectsWriterTest {

    @TempDir
    Path directory;

    @Test
    void theLineGoesUnquotedAndEveryValueQuotedSoThatEmptyAndMissingStayApart() throws IOException {
        Path file = directory.resolve("rejects.csv");
        Files.writeString(file, "left by an earlier run\n");
        try (RejectsWriter rejects = RejectsWriter.replacing(file)) {
            rejects.write(new SourceRecord(7, new String[] {"a \"b\", c", "", null, "two\nlines"}), "id: bad");
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo("line,reason,fields\n7,\"id: bad\",\"a \"\"b\"\", c\",\"\",,\"two\nlines\"\n");
    }

    @Test
    void appendingWritesTheHeaderOnlyToANewFile() throws IOException {
        Path file = directory.resolve("appended.csv");
        try (RejectsWriter rejects = RejectsWriter.appendingTo(file)) {
            rejects.write(3, "COPY: too long", "x");
        }
        try (RejectsWriter rejects = RejectsWriter.appendingTo(file)) {
            rejects.write(0, "COPY: unknown line");
        }
        assertThat(Files.readAllLines(file))
                .containsExactly("line,reason,fields", "3,\"COPY: too long\",\"x\"", "0,\"COPY: unknown line\"");
    }

    @Test
    void aRunThatRejectsNothingItselfLeavesNoneOfAnEarlierRunsRowsBesideTheCopysRejects() throws IOException {
        Path file = directory.resolve("orders.csv.rejects.csv");
        try (RejectsWriter earlier = RejectsWriter.replacing(file)) {
            earlier.write(2, "Line 2: bad", "a");
            earlier.write(3, "Line 3: bad", "b");
        }
        try (RejectsWriter now = RejectsWriter.replacing(file)) {
            assertThat(now).as("this run's client side rejects nothing").isNotNull();
        }
        try (RejectsWriter copy = RejectsWriter.appendingTo(file)) {
            copy.write(9, "COPY: too long", "z");
        }
        assertThat(Files.readAllLines(file)).containsExactly("line,reason,fields", "9,\"COPY: too long\",\"z\"");
    }

    @Test
    void nothingIsWrittenWithoutARow() {
        Path file = directory.resolve("none.csv");
        try (RejectsWriter rejects = RejectsWriter.replacing(file)) {
            assertThat(rejects).isNotNull();
        }
        assertThat(file).doesNotExist();
    }
}
