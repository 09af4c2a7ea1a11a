package com.redshiftloader.domain.load;

/** How rows reach the database. */
public enum LoadPath {
    /** COPY through S3 when the profile has S3 staging and the file is large, else INSERT (or COPY FROM STDIN). */
    AUTO,
    /** Multi-row INSERT with bound values (PostgreSQL: COPY FROM STDIN). */
    INSERT,
    /** Gzip CSV parts staged in S3, then one COPY from a manifest. */
    COPY;

    /**
     * From this file size on, AUTO loads by S3 COPY when the profile allows it ({@code use_s3_copy} and a bucket):
     * below it, COPY's fixed cost (upload, manifest, a COPY on every slice) outweighs the INSERTs it saves.
     */
    public static final long AUTO_COPY_THRESHOLD_BYTES = 8_000_000;
}
