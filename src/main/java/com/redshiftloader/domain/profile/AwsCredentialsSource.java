package com.redshiftloader.domain.profile;

import java.util.Optional;

/** Where the AWS credentials for IAM login (or S3 staging) come from. */
public sealed interface AwsCredentialsSource {

    /** Keys written in the profile, with a session token for temporary credentials. */
    record AccessKeys(String accessKeyId, Secret secretAccessKey, Optional<Secret> sessionToken)
            implements AwsCredentialsSource {}

    /** A named profile from the AWS config and credentials files (SSO profiles included). */
    record NamedProfile(String name) implements AwsCredentialsSource {}

    /** The AWS SDK's default chain: environment, system properties, files, container or instance role. */
    record DefaultChain() implements AwsCredentialsSource {}
}
