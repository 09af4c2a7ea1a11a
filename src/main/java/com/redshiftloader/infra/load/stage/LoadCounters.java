package com.redshiftloader.infra.load.stage;

import java.util.concurrent.atomic.AtomicLong;

/** Rows read and rejected by a stage filler, for the load report; written by one thread, read after the fill. */
public final class LoadCounters {

    public final AtomicLong rowsRead = new AtomicLong();
    public final AtomicLong rowsRejected = new AtomicLong();

    /**
     * Rows read: those the converter counted, or, when the filler read the file itself (the binary COPY), the rows
     * it loaded and those rejected.
     */
    public long read(long staged) {
        return Math.max(rowsRead.get(), staged + rowsRejected.get());
    }
}
