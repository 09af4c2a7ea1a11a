package com.redshiftloader.infra.load.s3copy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartFileWriterTest {

    @TempDir
    Path dir;

    @Test
    void partsRollOverByCompressedSizeAndTogetherHoldEveryRow() throws Exception {
        List<Long> sizes = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        try (PartFileWriter writer = new PartFileWriter(dir, 16 * 1024, 6, (file, part) -> {
            sizes.add(Files.size(file));
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        })) {
            Random random = new Random(1);
            for (int i = 0; i < 20_000; i++) {
                writer.write("\"" + Long.toHexString(random.nextLong()) + "\"," + i + "\n", 1, i);
            }
            writer.finishPart();
            assertThat(writer.parts()).hasSize(sizes.size());
            assertThat(writer.parts().stream().mapToLong(StagedPart::rows).sum())
                    .isEqualTo(20_000);
            assertThat(writer.parts().getFirst().name()).isEqualTo("part-00001.csv.gz");
        }
        assertThat(sizes).hasSizeGreaterThan(5);
        assertThat(sizes.subList(0, sizes.size() - 1))
                .allSatisfy(size -> assertThat(size).isBetween(16L * 1024, 16L * 1024 + 70 * 1024));
        assertThat(all.toString().lines()).hasSize(20_000);
    }
}
