package com.redshiftloader.testinfra.iam;

import java.util.Objects;

/**
 * An AWS key pair the fake endpoint accepts, with the optional session token that must come with it and the IAM
 * principal it stands for (used in "not authorized" messages and for the identity-based user names of
 * {@code GetClusterCredentialsWithIAM} and Serverless {@code GetCredentials}).
 *
 * @param sessionToken {@code null} for long-term keys; otherwise the exact {@code X-Amz-Security-Token} required
 * @param principalArn e.g. {@code arn:aws:iam::123456789012:user/alice} or
 *     {@code arn:aws:sts::123456789012:assumed-role/Loader/session}
 */
public record AccessKey(String accessKeyId, String secretAccessKey, String sessionToken, String principalArn) {

    public AccessKey {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(secretAccessKey, "secretAccessKey");
        Objects.requireNonNull(principalArn, "principalArn");
    }

    /** A long-term key of the IAM user {@code userName} in account 123456789012. */
    public static AccessKey forUser(String accessKeyId, String secretAccessKey, String userName) {
        return new AccessKey(accessKeyId, secretAccessKey, null, "arn:aws:iam::123456789012:user/" + userName);
    }

    /** Temporary credentials of a session of the IAM role {@code roleName} in account 123456789012. */
    public static AccessKey forRole(String accessKeyId, String secretAccessKey, String sessionToken, String roleName) {
        return new AccessKey(
                accessKeyId,
                secretAccessKey,
                Objects.requireNonNull(sessionToken, "sessionToken"),
                "arn:aws:sts::123456789012:assumed-role/" + roleName + "/loader-session");
    }

    /**
     * The database user name Redshift derives from the caller's identity: {@code IAM:<user>} for an IAM user,
     * {@code IAMR:<role>} for a role session (documented for Serverless {@code GetCredentials}).
     */
    public String identityDbUser() {
        String resource = principalArn.substring(principalArn.lastIndexOf(':') + 1);
        String[] parts = resource.split("/");
        if (parts[0].equals("assumed-role") && parts.length > 1) {
            return "IAMR:" + parts[1];
        }
        return "IAM:" + parts[parts.length - 1];
    }
}
