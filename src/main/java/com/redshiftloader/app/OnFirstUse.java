package com.redshiftloader.app;

import com.redshiftloader.domain.connection.ConnectionTester;
import com.redshiftloader.domain.load.RunHistory;
import java.util.List;
import java.util.function.Supplier;

/**
 * Adapters built on first use. The command line builds every subcommand before it parses, but a run uses one
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
