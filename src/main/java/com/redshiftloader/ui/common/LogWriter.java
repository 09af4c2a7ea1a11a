package com.redshiftloader.ui.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes the lines of a saved log to a file; the composition root chooses it, like the other adapters. */
@FunctionalInterface
public interface LogWriter {

    void write(Path file, List<String> lines) throws IOException;

    /** UTF-8 text, one line each, in a folder made when missing. */
    LogWriter UTF8_TEXT = (file, lines) -> {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    };
}
