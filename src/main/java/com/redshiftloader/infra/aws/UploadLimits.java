package com.redshiftloader.infra.aws;

/**
 * How staged files are uploaded.
 *
 * @param parallelUploads uploads in flight at once; the writer waits for a free slot, so at most this many part files
 *     (plus the one being written) exist on disk
 * @param multipartThreshold files of at least this many bytes go up by multipart upload, smaller ones by PutObject
 * @param multipartChunkBytes the size of each multipart chunk (S3 needs at least 5 MiB except for the last one); one
 *     chunk per upload thread is held in memory
 */
public record UploadLimits(int parallelUploads, long multipartThreshold, int multipartChunkBytes) {

    public static final int MIN_CHUNK_BYTES = 5 * 1024 * 1024;

    /** Four uploads, multipart from 16 MiB in 8 MiB chunks. */
    public static UploadLimits defaults() {
        return new UploadLimits(4, 16L * 1024 * 1024, 8 * 1024 * 1024);
    }

    public UploadLimits {
        if (parallelUploads < 1 || parallelUploads > 64) {
            throw new IllegalArgumentException("Parallel uploads must be between 1 and 64, not " + parallelUploads);
        }
        if (multipartThreshold < 1) {
            throw new IllegalArgumentException("The multipart threshold must be positive, not " + multipartThreshold);
        }
        if (multipartChunkBytes < MIN_CHUNK_BYTES) {
            throw new IllegalArgumentException(
                    "S3 multipart chunks must be at least 5 MiB (5242880 bytes), not " + multipartChunkBytes);
        }
    }
}
