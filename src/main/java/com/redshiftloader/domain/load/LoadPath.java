package com.redshiftloader.domain.load;

/** How rows reach the database. */
public enum LoadPath {
    /** COPY through S3 when the profile has S3 staging and the file is large, else INSERT (or COPY FROM STDIN). */
    AUTO,
    /** Multi-row INSERT with bound values (PostgreSQL: COPY FROM STDIN). */
    INSERT,
    /** Gzip CSV parts staged in S3, then one COPY from a manifest. */
    COPY
}
