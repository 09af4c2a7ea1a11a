package com.redshiftloader.infra.files;

import com.redshiftloader.domain.inspection.SourceInspector;
import com.redshiftloader.domain.inspection.SourcePreview;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.inference.ScanOutcome;
import com.redshiftloader.domain.schema.inference.SchemaInference;
import com.redshiftloader.domain.schema.types.TemporalPattern;
import com.redshiftloader.domain.schema.validation.RecordValidator;
import com.redshiftloader.domain.schema.validation.ValidationReport;
import com.redshiftloader.domain.source.BadBytes;
import com.redshiftloader.domain.source.CancellationToken;
import com.redshiftloader.domain.source.EncodingEvidence;
import com.redshiftloader.domain.source.RecordReader;
import com.redshiftloader.domain.source.ScanListener;
import com.redshiftloader.domain.source.SourceFormatException;
import com.redshiftloader.domain.source.SourceRecord;
import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.domain.source.SourceWarning;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads source files from the local file system: detection, preview, full scan, validation. */
public final class FileSourceInspector implements SourceInspector {

    /** Logging starts on the first line logged, not when the command line builds this inspector. */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(FileSourceInspector.class);
    }

    @Override
    public SourceSettings detect(Path file) {
        SourceSettings settings = SourceDetector.detect(file);
        Log.LOG.debug("Detected {} for {}", settings, file);
        return settings;
    }

    @Override
    public EncodingEvidence encodingEvidence(Path file) {
        return Encodings.evidence(SourceSample.read(file));
    }

    @Override
    public SourcePreview preview(Path file, Optional<SourceSettings> given, int rows) {
        SourceSettings settings = given.orElseGet(() -> detect(file));
        SchemaInference inference = new SchemaInference(settings.nullTokens());
        List<SourceRecord> records = new ArrayList<>();
        // The preview shows bad bytes as U+FFFD rather than failing: the load still follows the settings' choice.
        try (RecordReader reader = SourceReaders.open(file, settings.withBadBytes(BadBytes.REPLACE))) {
            Optional<SourceRecord> next;
            while (records.size() < rows && (next = reader.next()).isPresent()) {
                records.add(next.get());
                inference.accept(reader.columns(), next.get());
            }
            List<SourceWarning> warnings = new ArrayList<>(reader.warnings().first());
            if (records.isEmpty() && rows > 0) {
                warnings.add(noRows(file));
            }
            return new SourcePreview(settings, reader.columns(), records, inference.results(), warnings);
        }
    }

    @Override
    public ScanOutcome scan(Path file, SourceSettings settings, ScanListener listener, CancellationToken cancellation) {
        long started = System.nanoTime();
        long total = size(file);
        try (RecordReader reader = SourceReaders.open(file, settings)) {
            ScanOutcome outcome = new SchemaInference(settings.nullTokens()).run(reader, total, listener, cancellation);
            Log.LOG.info(
                    "Scanned {} ({} bytes) in {} ms: {}",
                    file,
                    total,
                    (System.nanoTime() - started) / 1_000_000,
                    outcome.getClass().getSimpleName());
            if (outcome instanceof ScanOutcome.Completed completed && completed.records() == 0) {
                List<SourceWarning> warnings = new ArrayList<>(completed.warnings());
                warnings.add(noRows(file));
                return new ScanOutcome.Completed(
                        completed.columns(), 0, warnings, completed.warningCount() + 1, completed.replacedBytes());
            }
            return outcome;
        }
    }

    @Override
    public Optional<ValidationReport> validate(
            Path file,
            SourceSettings settings,
            List<ColumnSpec> columns,
            Map<String, TemporalPattern> patterns,
            ScanListener listener,
            CancellationToken cancellation) {
        try (RecordReader reader = SourceReaders.open(file, settings)) {
            return new RecordValidator(columns, settings.nullTokens(), patterns)
                    .run(reader, size(file), listener, cancellation);
        }
    }

    private static SourceWarning noRows(Path file) {
        return new SourceWarning(
                0,
                0,
                file.getFileName() + " has column names but no rows: there is nothing to"
                        + " load, and every column is typed VARCHAR(256).");
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new SourceFormatException(file, 0, 0, "the file cannot be read (" + e.getMessage() + ").", e);
        }
    }
}
