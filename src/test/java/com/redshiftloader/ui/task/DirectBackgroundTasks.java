package com.redshiftloader.ui.task;

import com.redshiftloader.domain.source.CancellationToken;
import java.util.function.Consumer;

/** Runs background work on the calling thread, for ViewModel tests without a toolkit. */
public final class DirectBackgroundTasks implements BackgroundTasks {

    @Override
    public <T> Running run(String name, Work<T> work, Consumer<? super T> done, Consumer<Throwable> failed) {
        CancellationToken stop = new CancellationToken();
        try {
            done.accept(work.call(stop));
        } catch (Exception e) {
            failed.accept(e);
        }
        // The work has finished before the caller gets the handle, so there is nothing left to stop.
        return new Running() {
            @Override
            public void cancel() {
                stop.cancel();
            }

            @Override
            public void requestStop() {
                stop.cancel();
            }
        };
    }

    @Override
    public void onUiThread(Runnable update) {
        update.run();
    }
}
