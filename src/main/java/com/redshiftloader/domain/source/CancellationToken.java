package com.redshiftloader.domain.source;

/** Lets a caller stop a long scan; the scan also stops when its thread is interrupted. Thread-safe. */
public final class CancellationToken {

    private volatile boolean cancelled;

    /** Asks the work to stop at its next check. */
    public void cancel() {
        cancelled = true;
    }

    /** Whether cancellation was asked for, by this token or by interrupting the current thread. */
    public boolean isCancelled() {
        return cancelled || Thread.currentThread().isInterrupted();
    }
}
