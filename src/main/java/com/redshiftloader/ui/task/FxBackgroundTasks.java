package com.redshiftloader.ui.task;

import com.redshiftloader.domain.source.CancellationToken;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;

/** {@link BackgroundTasks} on daemon threads, with callbacks through {@link Platform#runLater(Runnable)}. */
public final class FxBackgroundTasks implements BackgroundTasks {

    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "background-task");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public <T> Running run(String name, Work<T> work, Consumer<? super T> done, Consumer<Throwable> failed) {
        CancellationToken stop = new CancellationToken();
        AtomicBoolean abandoned = new AtomicBoolean();
        Future<?> future = executor.submit(() -> {
            Thread.currentThread().setName("background-task: " + name);
            try {
                T result = work.call(stop);
                Platform.runLater(() -> {
                    if (!abandoned.get()) {
                        done.accept(result);
                    }
                });
            } catch (Exception | Error e) {
                Platform.runLater(() -> {
                    if (!abandoned.get()) {
                        failed.accept(e);
                    }
                });
            }
        });
        return new Running() {
            @Override
            public void cancel() {
                abandoned.set(true);
                stop.cancel();
                future.cancel(true);
            }

            @Override
            public void requestStop() {
                stop.cancel();
            }
        };
    }

    @Override
    public void onUiThread(Runnable update) {
        Platform.runLater(update);
    }
}
