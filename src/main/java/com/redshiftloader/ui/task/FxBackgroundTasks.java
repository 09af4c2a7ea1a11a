package com.redshiftloader.ui.task;

import java.util.concurrent.Callable;
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
    public <T> Cancellable run(String name, Callable<T> work, Consumer<? super T> done, Consumer<Throwable> failed) {
        AtomicBoolean cancelled = new AtomicBoolean();
        Future<?> future = executor.submit(() -> {
            Thread.currentThread().setName("background-task: " + name);
            try {
                T result = work.call();
                Platform.runLater(() -> {
                    if (!cancelled.get()) {
                        done.accept(result);
                    }
                });
            } catch (Exception | Error e) {
                Platform.runLater(() -> {
                    if (!cancelled.get()) {
                        failed.accept(e);
                    }
                });
            }
        });
        return () -> {
            cancelled.set(true);
            future.cancel(true);
        };
    }

    @Override
    public void onUiThread(Runnable update) {
        Platform.runLater(update);
    }
}
