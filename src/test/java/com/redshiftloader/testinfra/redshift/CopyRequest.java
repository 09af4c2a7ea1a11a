package com.redshiftloader.testinfra.redshift;

import java.util.Optional;

/**
 * One S3 COPY the stand-in intercepted, in the order received.
 *
 * @param sql the statement as the client sent it
 * @param statement its parsed form
 * @param executedSql what the stand-in sent to PostgreSQL instead
 * @param refusal the Redshift-like error the stand-in raised instead of loading, if any
 */
public record CopyRequest(String sql, CopyFromS3Statement statement, String executedSql, Optional<String> refusal) {

    public CopyCredentials credentials() {
        return statement.credentials();
    }

    public String table() {
        return statement.table();
    }

    public String source() {
        return statement.source();
    }
}
