package com.redshiftloader.infra.store;

import com.redshiftloader.domain.load.RunHistory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The run history as a text file in the data directory, one line per load, oldest first. It keeps the newest
 * {@value #KEEP} lines: past twice that, it is rewritten. A history that cannot be written never fails a load.
 */
public final class RunHistoryFile implements RunHistory {

    static final int KEEP = 1_000;
    private static final Logger LOG = LoggerFactory.getLogger(RunHistoryFile.class);

    private final Path file;

    public RunHistoryFile(Path file) {
        this.file = file;
    }

    @Override
    public synchronized List<String> recent(int limit) {
        List<String> lines = lines();
        List<String> newest = new ArrayList<>(lines.subList(Math.max(0, lines.size() - limit), lines.size()));
        Collections.reverse(newest);
        return newest;
    }

    @Override
    public synchronized void record(String line) {
        String oneLine = line.replace('\n', ' ').replace('\r', ' ');
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(
                    file,
                    oneLine + System.lineSeparator(),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            List<String> lines = lines();
            if (lines.size() > 2 * KEEP) {
                SecureFiles.writeAtomically(
                        file,
                        String.join(System.lineSeparator(), lines.subList(lines.size() - KEEP, lines.size()))
                                + System.lineSeparator());
            }
        } catch (IOException e) {
            LOG.warn("Could not add to the run history {}: {}", file, e.getMessage());
        }
    }

    private List<String> lines() {
        try {
            return Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            LOG.warn("Could not read the run history {}: {}", file, e.getMessage());
            return List.of();
        }
    }
}
