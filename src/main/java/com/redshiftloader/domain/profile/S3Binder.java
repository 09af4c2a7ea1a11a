package com.redshiftloader.domain.profile;

import java.util.List;
import java.util.Optional;

/** Builds Mage's {@code s3_creds} and checks it is complete when COPY is on. */
final class S3Binder {

    private static final List<ProfileKey> S3_KEYS = List.of(
            ProfileKey.S3_ACCESS_KEY_ID,
            ProfileKey.S3_SECRET_ACCESS_KEY,
            ProfileKey.S3_REGION,
            ProfileKey.S3_BUCKET,
            ProfileKey.S3_PREFIX,
            ProfileKey.S3_IAM_ROLE);

    private final ProfileValues values;

    S3Binder(ProfileValues values) {
        this.values = values;
    }

    Optional<S3Staging> bind(boolean useS3Copy) {
        boolean anyGiven = S3_KEYS.stream().anyMatch(values::has);
        Optional<String> bucket = values.text(ProfileKey.S3_BUCKET);
        if (useS3Copy && bucket.isEmpty()) {
            values.problem(ProfileKey.S3_BUCKET, "use_s3_copy is true, so s3_creds needs the bucket to stage files in");
        }
        Optional<String> keyId = values.text(ProfileKey.S3_ACCESS_KEY_ID);
        Optional<Secret> secret = values.secret(ProfileKey.S3_SECRET_ACCESS_KEY);
        if (keyId.isPresent() != secret.isPresent()) {
            ProfileKey missing = keyId.isPresent() ? ProfileKey.S3_SECRET_ACCESS_KEY : ProfileKey.S3_ACCESS_KEY_ID;
            values.problem(missing, "aws_access_key_id and aws_secret_access_key go together; fill in both or neither");
        }
        String prefix = values.text(ProfileKey.S3_PREFIX).orElse(S3Staging.DEFAULT_PREFIX);
        if (!anyGiven || bucket.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new S3Staging(
                bucket.get(),
                prefix.endsWith("/") ? prefix : prefix + "/",
                values.text(ProfileKey.S3_REGION),
                keyId,
                secret,
                values.text(ProfileKey.S3_IAM_ROLE)));
    }
}
