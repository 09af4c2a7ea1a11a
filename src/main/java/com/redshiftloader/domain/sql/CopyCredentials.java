package com.redshiftloader.domain.sql;

import java.util.Optional;

/** What COPY authorises itself with to read the staged files. */
public sealed interface CopyCredentials {

    /** An IAM role attached to the cluster, by ARN. */
    record IamRole(String arn) implements CopyCredentials {}

    /** The cluster's default IAM role ({@code IAM_ROLE default}). */
    record DefaultIamRole() implements CopyCredentials {}

    /** Access keys, with a session token for temporary credentials. Their text is redacted in logs. */
    record AccessKeys(String accessKeyId, String secretAccessKey, Optional<String> sessionToken)
            implements CopyCredentials {
        @Override
        public String toString() {
            return "AccessKeys[accessKeyId=" + accessKeyId + ", secretAccessKey=******]";
        }
    }
}
