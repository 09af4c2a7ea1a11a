package com.redshiftloader.cli;

import com.redshiftloader.domain.load.LoadException;
import com.redshiftloader.domain.load.TypeConfirmation;
import com.redshiftloader.domain.schema.ColumnInference;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.source.CancellationToken;
import com.redshiftloader.domain.source.ScanListener;
import com.redshiftloader.domain.source.ScanOutcome;
import com.redshiftloader.domain.source.SourceInspector;
import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.domain.source.TypeSample;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;

/**
 * Types the columns of a load: from the whole file, or from a sample of its rows while the full scan runs alongside
 * the load, which then commits only if the scan agrees ({@link TypeConfirmation}). The second saves the scan's time on a
 * large file; the price is a second load when the rest of the file needs wider types.
 */
final class ColumnTyping {

    /** Rows typed before the load starts when the full scan runs alongside it. */
    static final int SAMPLE_ROWS = 10_000;

    /** The columns (and date layouts) for the inference of a file's columns: overrides, mapping, names. */
    @FunctionalInterface
    interface Resolver {
        TypeConfirmation.Retyped resolve(List<ColumnInference> inferred);
    }

    /** The columns to load with, and what still confirms them. */
    record Typed(TypeConfirmation.Retyped columns, TypeConfirmation confirmation) {}

    private final SourceInspector inspector;
    private final Path file;
    private final FutureTask<Detected> detected;

    /** The file's settings and a sample of its types, read on a thread of its own. */
    private record Detected(SourceSettings settings, TypeSample sample) {}

    private ColumnTyping(SourceInspector inspector, Path file, FutureTask<Detected> detected) {
        this.inspector = inspector;
        this.file = file;
        this.detected = detected;
    }

    /**
     * Starts detecting the file's settings (then {@code adjust}ed, with a job's settings) and sampling its types on
     * a thread of its own, so that the command line reads its profile and connects meanwhile. A problem with the
     * file is thrown when the settings or types are asked for.
     */
    static ColumnTyping readAhead(SourceInspector inspector, Path file, UnaryOperator<SourceSettings> adjust) {
        FutureTask<Detected> detected = new FutureTask<>(() -> {
            SourceSettings settings = adjust.apply(inspector.detect(file));
            return new Detected(settings, inspector.sample(file, settings, SAMPLE_ROWS));
        });
        Thread.ofPlatform().daemon().name("read-ahead").start(detected);
        return new ColumnTyping(inspector, file, detected);
    }

    /** The file's settings. */
    SourceSettings settings() {
        return detected().settings();
    }

    private Detected detected() {
        try {
            return detected.get();
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

    /** Reads the whole file first. */
    Typed fromWholeFile(Resolver resolver) {
        return new Typed(resolver.resolve(scan(new CancellationToken())), TypeConfirmation.NONE);
    }

    /**
     * Types from rows spread over the file ({@link SourceInspector#sample}); unless they are the whole file, the full
     * scan confirms them during the load: the loader's own inference when it reads every value, else a scan on a
     * thread of its own.
     */
    Typed fromSample(Resolver resolver) {
        TypeSample sample = detected().sample();
        TypeConfirmation.Retyped sampled = resolver.resolve(sample.columns());
        if (sample.wholeFile()) {
            return new Typed(sampled, TypeConfirmation.NONE);
        }
        return new Typed(sampled, new ScanAlongside(sampled, resolver));
    }

    private List<ColumnInference> scan(CancellationToken cancellation) {
        ScanOutcome outcome = inspector.scan(file, settings(), ScanListener.NONE, cancellation);
        return switch (outcome) {
            case ScanOutcome.Completed completed -> completed.columns();
            case ScanOutcome.Cancelled cancelled -> throw new IllegalStateException("The scan was cancelled.");
        };
    }

    /** The full scan of a sampled load, started when the load needs it. */
    private final class ScanAlongside implements TypeConfirmation {

        private final Retyped sampled;
        private final Resolver resolver;
        private final FutureTask<Retyped> full;
        private final AtomicBoolean started = new AtomicBoolean();

        ScanAlongside(Retyped sampled, Resolver resolver) {
            this.sampled = sampled;
            this.resolver = resolver;
            this.full = new FutureTask<>(() -> resolver.resolve(scan(new CancellationToken())));
        }

        @Override
        public void start() {
            if (started.compareAndSet(false, true)) {
                Thread.ofPlatform().daemon().name("full-scan").start(full);
            }
        }

        @Override
        public Optional<Retyped> confirm(List<ColumnInference> inferred) {
            return compare(resolver.resolve(inferred));
        }

        @Override
        public Optional<Retyped> await() throws LoadException, InterruptedException {
            start();
            try {
                return compare(full.get());
            } catch (ExecutionException e) {
                throw new LoadException(
                        "The full scan of the file failed: " + e.getCause().getMessage() + " Nothing was loaded.",
                        "Check the file and its settings (encoding, delimiter).",
                        e.getCause());
            }
        }

        @Override
        public Optional<Retyped> refuted() {
            if (!full.isDone()) {
                return Optional.empty();
            }
            try {
                return compare(full.get());
            } catch (ExecutionException | InterruptedException e) {
                return Optional.empty(); // await reports it
            }
        }

        private Optional<Retyped> compare(Retyped whole) {
            return whole.equals(sampled) ? Optional.empty() : Optional.of(whole);
        }
    }

    /** What changed between the sample's columns and the whole file's, for the user: "name VARCHAR(16) → …". */
    static String changes(List<ColumnSpec> before, List<ColumnSpec> after) {
        List<String> changes = new ArrayList<>();
        for (ColumnSpec column : after) {
            Optional<ColumnSpec> old =
                    before.stream().filter(c -> c.name().equals(column.name())).findFirst();
            String was = old.map(c -> c.type().sql()).orElse("none");
            if (!was.equals(column.type().sql())) {
                changes.add(column.name() + " " + was + " → " + column.type().sql());
            }
        }
        return changes.isEmpty() ? "date layouts" : String.join(", ", changes);
    }
}
