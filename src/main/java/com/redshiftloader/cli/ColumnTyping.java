package com.redshiftloader.cli;

import com.redshiftloader.domain.inspection.SourceInspector;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.inference.ColumnInference;
import com.redshiftloader.domain.schema.inference.ScanOutcome;
import com.redshiftloader.domain.schema.types.TemporalPattern;
import com.redshiftloader.domain.source.CancellationToken;
import com.redshiftloader.domain.source.ScanListener;
import com.redshiftloader.domain.source.SourceSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.UnaryOperator;

/**
 * Types the columns of a load from the whole file, before anything is sent. The scan reads about 490 MB/s on a
 * 2-core machine, so typing from a sample and loading again when the rest of the file disagreed saved little, and
 * its failures pointed at the wrong line (a value that did not fit the sample's type, not the file's real problem).
 */
final class ColumnTyping {

    /** The columns (and date layouts) for the inference of a file's columns: overrides, mapping, names. */
    @FunctionalInterface
    interface Resolver {
        Typed resolve(List<ColumnInference> inferred);
    }

    /** The columns to load with, and the date/timestamp layout per column name. */
    record Typed(List<ColumnSpec> columns, Map<String, TemporalPattern> patterns) {
        Typed {
            columns = List.copyOf(columns);
            patterns = Map.copyOf(patterns);
        }
    }

    private final Path file;
    private final CompletableFuture<SourceSettings> detected;
    private final CompletableFuture<ScanOutcome> scanned;
    private final CancellationToken cancellation;

    private ColumnTyping(
            Path file,
            CompletableFuture<SourceSettings> detected,
            CompletableFuture<ScanOutcome> scanned,
            CancellationToken cancellation) {
        this.file = file;
        this.detected = detected;
        this.scanned = scanned;
        this.cancellation = cancellation;
    }

    /**
     * Starts detecting the file's settings (then {@code adjust}ed, with a job's settings) and then scanning the whole
     * file for its types, on a thread of its own, so that the command line reads its profile and connects meanwhile.
     * A problem with the file is thrown when the settings or types are asked for.
     */
    static ColumnTyping readAhead(SourceInspector inspector, Path file, UnaryOperator<SourceSettings> adjust) {
        CompletableFuture<SourceSettings> detected = new CompletableFuture<>();
        CompletableFuture<ScanOutcome> scanned = new CompletableFuture<>();
        CancellationToken cancellation = new CancellationToken();
        Thread.ofPlatform().daemon().name("read-ahead").start(() -> {
            try {
                SourceSettings settings = adjust.apply(inspector.detect(file));
                detected.complete(settings);
                scanned.complete(inspector.scan(file, settings, ScanListener.NONE, cancellation));
            } catch (Throwable failure) {
                detected.completeExceptionally(failure);
                scanned.completeExceptionally(failure);
            }
        });
        return new ColumnTyping(file, detected, scanned, cancellation);
    }

    /** Stops the scan if it still runs (the command failed before it needed the types). */
    void cancel() {
        cancellation.cancel();
    }

    /** The file's settings. */
    SourceSettings settings() {
        return await(detected);
    }

    private <T> T await(CompletableFuture<T> result) {
        try {
            return result.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading " + file.getFileName(), e);
        }
    }

    /** E.g. {@code Read 1 byte that is not UTF-8 as U+FFFD (line 702: byte 41 (0xE9) is not UTF-8 …).} */
    static String replaced(ScanOutcome.Completed completed) {
        String first = completed.warnings().stream()
                .filter(warning -> warning.message().contains("U+FFFD"))
                .findFirst()
                .map(warning ->
                        String.format(Locale.ROOT, " (the first at line %,d: %s)", warning.line(), warning.message()))
                .orElse("");
        long count = completed.replacedBytes();
        return String.format(
                Locale.ROOT,
                "Read %,d bad byte%s that %s not UTF-8 as U+FFFD, as --on-bad-bytes replace asks%s.",
                count,
                count == 1 ? "" : "s",
                count == 1 ? "is" : "are",
                first);
    }

    /** The whole file's columns, resolved, once the scan ends; says how many bad UTF-8 bytes are read as U+FFFD. */
    Typed fromWholeFile(Resolver resolver, PrintWriter err) {
        return switch (await(scanned)) {
            case ScanOutcome.Completed completed -> {
                if (completed.replacedBytes() > 0) {
                    err.println(replaced(completed));
                }
                yield resolver.resolve(completed.columns());
            }
            case ScanOutcome.Cancelled cancelled -> throw new IllegalStateException("The scan was cancelled.");
        };
    }
}
