package com.redshiftloader.domain.profile;

import java.util.Optional;

/**
 * Mage's {@code s3_creds}: where files are staged for COPY. The keys are used for the upload, the role by COPY.
 *
 * @param prefix the key prefix under which each run stages its files (our addition; default {@code redshift-loader/})
 */
public record S3Staging(
        String bucket,
        String prefix,
        Optional<String> region,
        Optional<String> accessKeyId,
        Optional<Secret> secretAccessKey,
        Optional<String> redshiftIamRole) {

    public static final String DEFAULT_PREFIX = "redshift-loader/";
}
