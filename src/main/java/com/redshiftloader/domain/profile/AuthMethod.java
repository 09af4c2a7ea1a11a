package com.redshiftloader.domain.profile;

import java.util.List;
import java.util.Optional;

/** How the loader logs in. */
public sealed interface AuthMethod {

    /** A database user and password. The password may be absent, to be asked for at connect time. */
    record Password(String user, Optional<Secret> password) implements AuthMethod {}

    /**
     * Temporary database credentials from the Redshift API: {@code GetClusterCredentials} for a provisioned cluster,
     * or Redshift Serverless {@code GetCredentials} for a workgroup.
     */
    record Iam(
            AwsCredentialsSource credentials,
            Optional<String> clusterIdentifier,
            Optional<String> workgroup,
            Optional<String> dbUser,
            boolean autoCreate,
            List<String> dbGroups)
            implements AuthMethod {

        public Iam {
            dbGroups = List.copyOf(dbGroups);
        }

        /** Whether this login is for Redshift Serverless. */
        public boolean serverless() {
            return workgroup.isPresent();
        }
    }
}
