package com.redshiftloader.app;

import com.redshiftloader.domain.connection.ConnectionTester;
import com.redshiftloader.domain.load.RunHistory;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.ValidationReport;
import com.redshiftloader.domain.source.CancellationToken;
import com.redshiftloader.domain.source.ScanListener;
import com.redshiftloader.domain.source.ScanOutcome;
import com.redshiftloader.domain.source.SourceInspector;
import com.redshiftloader.domain.source.SourcePreview;
import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.domain.source.TypeSample;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Adapters built on first use. picocli needs every subcommand object before it parses, but a run uses one
 * subcommand or none ({@code --version}); building an adapter up front can load a whole library (JDBC drivers, the
 * AWS SDK) and start logging, which cost a noticeable part of every command's start.
 */
final class OnFirstUse {

    private OnFirstUse() {}

    /** A supplier that makes its value on the first call and hands out that value afterwards. */
    static <T> Supplier<T> once(Supplier<T> make) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = make.get();
                }
                return value;
            }
        };
    }

    static ConnectionTester tester(Supplier<ConnectionTester> make) {
        return (profile, listener) -> make.get().test(profile, listener);
    }

    static SourceInspector sourceInspector(Supplier<SourceInspector> make) {
        Supplier<SourceInspector> inspector = once(make);
        return new SourceInspector() {
            @Override
            public SourcePreview preview(Path file, Optional<SourceSettings> settings, int rows) {
                return inspector.get().preview(file, settings, rows);
            }

            @Override
            public SourceSettings detect(Path file) {
                return inspector.get().detect(file);
            }

            @Override
            public TypeSample sample(Path file, SourceSettings settings, int rows) {
                return inspector.get().sample(file, settings, rows);
            }

            @Override
            public ScanOutcome scan(
                    Path file, SourceSettings settings, ScanListener listener, CancellationToken cancellation) {
                return inspector.get().scan(file, settings, listener, cancellation);
            }

            @Override
            public Optional<ValidationReport> validate(
                    Path file,
                    SourceSettings settings,
                    List<ColumnSpec> columns,
                    ScanListener listener,
                    CancellationToken cancellation) {
                return inspector.get().validate(file, settings, columns, listener, cancellation);
            }
        };
    }

    static RunHistory runHistory(Supplier<RunHistory> make) {
        Supplier<RunHistory> history = once(make);
        return new RunHistory() {
            @Override
            public List<String> recent(int limit) {
                return history.get().recent(limit);
            }

            @Override
            public void record(String line) {
                history.get().record(line);
            }
        };
    }
}
