package com.redshiftloader.testinfra.iam;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The state of the pretend AWS account behind the endpoint: keys, clusters, workgroups, the access mode and the
 * requests received. Shared by both APIs; safe for the server's handler threads.
 */
final class FakeAccount {

    static final String ACCOUNT_ID = "123456789012";

    final Map<String, AccessKey> keys = new ConcurrentHashMap<>();
    final Set<String> clusters = ConcurrentHashMap.newKeySet();
    final Set<String> workgroups = ConcurrentHashMap.newKeySet();
    final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    final String region;
    final Clock clock;
    private final DatabaseLogins logins = new DatabaseLogins();
    private volatile AccessMode mode = AccessMode.GRANT;

    FakeAccount(String region, Clock clock) {
        this.region = region;
        this.clock = clock;
    }

    void mode(AccessMode mode) {
        this.mode = mode;
    }

    /** Applies the test's access mode to an authenticated call, naming the IAM action and resource if denied. */
    void authorize(Protocol protocol, AccessKey key, String iamAction, String resourceArn) throws ApiException {
        switch (mode) {
            case GRANT -> {}
            case EXPIRED -> throw protocol.expiredToken();
            case DENY ->
                throw protocol.accessDenied("User: " + key.principalArn() + " is not authorized to perform: "
                        + iamAction + " on resource: " + resourceArn
                        + " because no identity-based policy allows the " + iamAction + " action");
        }
    }

    String arn(String service, String resource) {
        return "arn:aws:" + service + ":" + region + ":" + ACCOUNT_ID + ":" + resource;
    }

    /** Issues a password that logs in to the embedded PostgreSQL (see {@link DatabaseLogins}). */
    String issue(DatabaseLogins.Grant grant) {
        try {
            return logins.issue(grant);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database login " + grant.login(), e);
        }
    }

    Instant now() {
        return clock.instant();
    }
}
