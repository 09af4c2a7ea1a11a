package com.redshiftloader.domain.load;

import com.redshiftloader.domain.profile.Engine;

/**
 * How the rows of a plan reach the database, decided once for the loader and for the SQL the Load step shows.
 * PostgreSQL streams them by {@code COPY … FROM STDIN}. Redshift stages them in S3 for one COPY when COPY is asked
 * for, or with AUTO when the profile allows it ({@code use_s3_copy} and a bucket) and the file is at least
 * {@link LoadPath#AUTO_COPY_THRESHOLD_BYTES}; otherwise it takes multi-row INSERTs. COPY asked for without S3
 * staging cannot run.
 */
public enum LoadRoute {
    COPY_FROM_STDIN,
    S3_COPY,
    MULTI_ROW_INSERT,
    COPY_WITHOUT_STAGING;

    public static LoadRoute of(LoadPlan plan, long fileBytes) {
        if (plan.profile().engine() == Engine.POSTGRES) {
            return COPY_FROM_STDIN;
        }
        boolean staging = plan.profile().s3Staging().isPresent();
        return switch (plan.path()) {
            case COPY -> staging ? S3_COPY : COPY_WITHOUT_STAGING;
            case INSERT -> MULTI_ROW_INSERT;
            case AUTO ->
                staging && plan.profile().useS3Copy() && fileBytes >= LoadPath.AUTO_COPY_THRESHOLD_BYTES
                        ? S3_COPY
                        : MULTI_ROW_INSERT;
        };
    }
}
