package com.redshiftloader.testinfra.iam;

/** How the endpoint answers properly signed requests, set by the test. */
public enum AccessMode {
    /** Issue credentials. */
    GRANT,
    /** Refuse as IAM does when no policy allows the action ({@code AccessDenied}). */
    DENY,
    /** Refuse as AWS does when the session token has expired ({@code ExpiredToken}). */
    EXPIRED
}
