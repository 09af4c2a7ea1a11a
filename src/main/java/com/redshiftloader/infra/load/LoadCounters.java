package com.redshiftloader.infra.load;

import java.util.concurrent.atomic.AtomicLong;

/** Rows read and rejected by a stage filler, for the load report; written by one thread, read after the fill. */
final class LoadCounters {

    final AtomicLong rowsRead = new AtomicLong();
    final AtomicLong rowsRejected = new AtomicLong();
}
