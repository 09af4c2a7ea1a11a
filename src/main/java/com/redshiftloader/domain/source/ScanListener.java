package com.redshiftloader.domain.source;

/** Receives a scan's progress, on the scanning thread; implementations must be quick (a GUI hands off). */
@FunctionalInterface
public interface ScanListener {

    /** A listener that ignores progress. */
    ScanListener NONE = (bytesRead, totalBytes, records) -> {};

    /**
     * @param bytesRead bytes of the file consumed so far
     * @param totalBytes the file's size in bytes (compressed size for gzip)
     * @param records records read so far
     */
    void progress(long bytesRead, long totalBytes, long records);
}
