package com.redshiftloader.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs background work on the calling thread, for ViewModel tests without a toolkit. */
public final class DirectBackgroundTasks implements BackgroundTasks {

    @Override
    public <T> Cancellable run(String name, Callable<T> work, Consumer<? super T> done, Consumer<Throwable> failed) {
        try {
            done.accept(work.call());
        } catch (Exception e) {
            failed.accept(e);
        }
        return () -> {};
    }

    @Override
    public void onUiThread(Runnable update) {
        update.run();
    }
}
