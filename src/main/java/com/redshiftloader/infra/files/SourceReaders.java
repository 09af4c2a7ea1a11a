package com.redshiftloader.infra.files;

import com.redshiftloader.domain.source.RecordReader;
import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.domain.source.TrimmingRecordReader;
import java.nio.file.Path;

/** Opens the reader that fits the settings' format, trimming values when the settings say so. */
public final class SourceReaders {

    private SourceReaders() {}

    /**
     * Opens a streaming reader; the caller closes it.
     *
     * @throws com.redshiftloader.domain.source.SourceFormatException when the file cannot be read as configured
     */
    public static RecordReader open(Path file, SourceSettings settings) {
        return open(file, settings, false);
    }

    /**
     * Opens a streaming reader for a load: a delimited record with another number of fields than columns is a
     * {@link com.redshiftloader.domain.source.BadRecordException} (short ones are filled with NULL when the settings
     * say so), not a warning. The caller closes it.
     */
    public static RecordReader openForLoad(Path file, SourceSettings settings) {
        return open(file, settings, true);
    }

    private static RecordReader open(Path file, SourceSettings settings, boolean loading) {
        SourceSample sample = SourceSample.read(file);
        SourceDetector.checkText(file, sample, settings.encoding());
        SourceStreams streams = SourceStreams.open(file, settings.gzip());
        try {
            RecordReader reader =
                    switch (settings.format()) {
                        case CSV, TSV -> new CsvRecordReader(file, settings, streams, loading);
                        case JSON -> new JsonRecordReader(file, settings, streams, true);
                        case JSONL -> new JsonRecordReader(file, settings, streams, false);
                    };
            return settings.trim() ? new TrimmingRecordReader(reader) : reader;
        } catch (RuntimeException e) {
            streams.close();
            throw e;
        }
    }
}
