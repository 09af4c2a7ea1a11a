package com.redshiftloader.infra.files;

import com.redshiftloader.domain.source.RecordReader;
import com.redshiftloader.domain.source.SourceSettings;
import java.nio.file.Path;

/** Opens the reader that fits the settings' format. */
public final class SourceReaders {

    private SourceReaders() {}

    /**
     * Opens a streaming reader; the caller closes it.
     *
     * @throws com.redshiftloader.domain.source.SourceFormatException when the file cannot be read as configured
     */
    public static RecordReader open(Path file, SourceSettings settings) {
        SourceSample sample = SourceSample.read(file);
        SourceDetector.checkText(file, sample, settings.encoding());
        SourceStreams streams = SourceStreams.open(file, settings.gzip());
        try {
            return switch (settings.format()) {
                case CSV, TSV -> new CsvRecordReader(file, settings, streams);
                case JSON -> new JsonRecordReader(file, settings, streams, true);
                case JSONL -> new JsonRecordReader(file, settings, streams, false);
            };
        } catch (RuntimeException e) {
            streams.close();
            throw e;
        }
    }
}
