package com.redshiftloader.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one seam for work off the UI thread. Domain work is plain blocking Java that reports through listeners and
 * stops when interrupted; this runs it in the background and brings results and progress back to the UI thread.
 */
public interface BackgroundTasks {

    /**
     * Runs {@code work} in the background; {@code done} or {@code failed} then runs on the UI thread. Cancelling the
     * returned handle interrupts the work; neither callback runs after a cancel.
     */
    <T> Cancellable run(String name, Callable<T> work, Consumer<? super T> done, Consumer<Throwable> failed);

    /** Runs an update on the UI thread (for progress reported by a listener on the working thread). */
    void onUiThread(Runnable update);

    /** A running task that can be stopped. */
    interface Cancellable {
        void cancel();
    }
}
