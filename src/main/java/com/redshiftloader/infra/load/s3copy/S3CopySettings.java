package com.redshiftloader.infra.load.s3copy;

import com.redshiftloader.infra.aws.UploadLimits;

/**
 * How {@link S3CopyStageFiller} stages a file.
 *
 * @param partTargetBytes start a new part once the current one has this many gzip bytes (Redshift's advice: 1 to 125
 *     MB compressed); parts overshoot it by at most the compressor's buffer
 * @param uploads parallelism and multipart thresholds of the upload
 * @param gzipLevel 1 (fastest, the default: gzip is the staging bottleneck on a laptop, at about 15 MB/s at level 6
 *     against about 50 MB/s at level 1 for some 20% larger parts) to 9 (smallest, for slow uplinks)
 * @param keepStagedFilesOnFailure leave the parts and the manifest in S3 when the load fails, for inspection
 */
public record S3CopySettings(
        long partTargetBytes, int gzipLevel, UploadLimits uploads, boolean keepStagedFilesOnFailure) {

    public static final long MIN_PART_BYTES = 1024;
    public static final long DEFAULT_PART_BYTES = 64L * 1024 * 1024;

    /** 64 MB parts, four uploads, staged files deleted on failure. */
    public static S3CopySettings defaults() {
        return new S3CopySettings(DEFAULT_PART_BYTES, 1, UploadLimits.defaults(), false);
    }

    public S3CopySettings {
        if (partTargetBytes < MIN_PART_BYTES || partTargetBytes > 1024L * 1024 * 1024) {
            throw new IllegalArgumentException("The part size must be between 1 KiB and 1 GiB, not " + partTargetBytes);
        }
        if (gzipLevel < 1 || gzipLevel > 9) {
            throw new IllegalArgumentException("The gzip level must be between 1 and 9, not " + gzipLevel);
        }
    }
}
