package com.redshiftloader.testinfra.redshift;

import java.util.Optional;

/** The authorization a Redshift COPY carried; tests assert on it to check what the loader sent. */
public sealed interface CopyCredentials {

    /** {@code IAM_ROLE 'arn:...'}, {@code IAM_ROLE default} or {@code CREDENTIALS 'aws_iam_role=...'}. */
    record IamRole(String roleArn) implements CopyCredentials {

        public static final String DEFAULT = "default";

        public boolean isDefault() {
            return DEFAULT.equalsIgnoreCase(roleArn);
        }
    }

    /** {@code ACCESS_KEY_ID ... SECRET_ACCESS_KEY ... [SESSION_TOKEN ...]} or the CREDENTIALS string form. */
    record AccessKeys(String accessKeyId, String secretAccessKey, Optional<String> sessionToken)
            implements CopyCredentials {

        @Override
        public String toString() {
            // Keeps secrets out of test reports.
            return "AccessKeys[accessKeyId=" + accessKeyId + ", sessionToken=" + sessionToken.isPresent() + "]";
        }
    }

    /** No usable credentials; Redshift refuses such a COPY. */
    record Missing() implements CopyCredentials {}
}
