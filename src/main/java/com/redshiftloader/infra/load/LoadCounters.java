package com.redshiftloader.infra.load;

import java.util.concurrent.atomic.AtomicLong;

/** Rows read and rejected by a stage filler, for the load report; written by one thread, read after the fill. */
final class LoadCounters {

    final AtomicLong rowsRead = new AtomicLong();
    final AtomicLong rowsRejected = new AtomicLong();

    /**
     * Rows read: those the converter counted, or, when the filler read the file itself (the verbatim COPY), the rows
     * it loaded and those rejected.
     */
    long read(long staged) {
        return Math.max(rowsRead.get(), staged + rowsRejected.get());
    }
}
