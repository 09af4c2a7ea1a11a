package com.redshiftloader.infra.aws;

import com.redshiftloader.domain.connection.ConnectionCheck;
import com.redshiftloader.domain.connection.ConnectionFailedException;
import com.redshiftloader.domain.connection.DatabaseCredentials;
import com.redshiftloader.domain.profile.AuthMethod;
import com.redshiftloader.domain.profile.ConnectionProfile;
import java.util.Optional;
import java.util.function.Function;

/**
 * Exchanges a profile's AWS identity for temporary database credentials: {@code GetClusterCredentials} for a
 * provisioned cluster, Redshift Serverless {@code GetCredentials} for a workgroup.
 *
 * <p>The clients use the SDK's standard endpoint resolution, so {@code AWS_ENDPOINT_URL_REDSHIFT},
 * {@code AWS_ENDPOINT_URL_REDSHIFT_SERVERLESS} and the system properties {@code aws.endpointUrlRedshift} and
 * {@code aws.endpointUrlRedshiftServerless} (or {@code endpoint_url} in the AWS config) point them elsewhere, e.g. at
 * a VPC endpoint.
 *
 * <p>Every {@code JdbcConnector} holds one, so this class itself touches no AWS SDK type: the calls are in
 * {@link RedshiftCredentialsCalls}, loaded on the first IAM login. A password login to PostgreSQL or Redshift never
 * loads the SDK.
 */
public final class RedshiftCredentialsProvider {

    private final Function<String, Optional<String>> environment;

    /** @param environment looks up the environment variables that secrets refer to */
    public RedshiftCredentialsProvider(Function<String, Optional<String>> environment) {
        this.environment = environment;
    }

    /**
     * Temporary credentials for the profile's IAM login; the user is exactly the one AWS returns.
     *
     * @throws ConnectionFailedException with step {@link ConnectionCheck#IAM_CREDENTIALS} and what to do
     */
    public DatabaseCredentials obtain(ConnectionProfile profile, AuthMethod.Iam iam) throws ConnectionFailedException {
        return new RedshiftCredentialsCalls(environment).obtain(profile, iam);
    }
}
