package com.redshiftloader.ui.task;

import com.redshiftloader.domain.source.CancellationToken;
import java.util.function.Consumer;

/**
 * The one seam for work off the UI thread. Domain work is plain blocking Java that reports through listeners and
 * stops when asked (its {@link CancellationToken}) or interrupted; this runs it in the background and brings results
 * and progress back to the UI thread. Every step stops its work through the {@link Running} handle.
 */
public interface BackgroundTasks {

    /**
     * Runs {@code work} in the background; {@code done} or {@code failed} then runs on the UI thread. The work is
     * handed the token that {@link Running#requestStop()} and {@link Running#cancel()} set.
     */
    <T> Running run(String name, Work<T> work, Consumer<? super T> done, Consumer<Throwable> failed);

    /** Runs an update on the UI thread (for progress reported by a listener on the working thread). */
    void onUiThread(Runnable update);

    /** Blocking work that checks {@code stop} between batches and, when asked to, returns what it has. */
    @FunctionalInterface
    interface Work<T> {
        T call(CancellationToken stop) throws Exception;
    }

    /** A task in the background. */
    interface Running {

        /**
         * Abandons the work: sets its token, interrupts its thread, and neither callback runs afterwards (for work
         * whose partial result means nothing, like a load that rolls back).
         */
        void cancel();

        /**
         * Asks the work to stop at its next check: it finishes early with what it has, and {@code done} runs with
         * that (for a scan whose partial result still counts).
         */
        void requestStop();
    }
}
