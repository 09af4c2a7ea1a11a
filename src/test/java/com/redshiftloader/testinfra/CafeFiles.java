package com.redshiftloader.testinfra;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** UTF-8 files full of {@code café} with one bad byte, for the encoding tests. */
public final class CafeFiles {

    private CafeFiles() {}

    /**
     * 1,000 rows of {@code id,name}, every name {@code café}; row 701 (line 702) ends with a lone 0xE9 (windows-1252's
     * é), its 10th byte.
     */
    public static Path oneBadByte(Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("id,name\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 1; i <= 1_000; i++) {
            bytes.writeBytes((i + ",café").getBytes(StandardCharsets.UTF_8));
            if (i == 701) {
                bytes.write(0xE9);
            }
            bytes.write('\n');
        }
        return Files.write(file, bytes.toByteArray());
    }
}
