package com.redshiftloader.infra.aws;

import com.redshiftloader.domain.connection.ConnectionCheck;
import com.redshiftloader.domain.connection.ConnectionFailedException;
import com.redshiftloader.domain.connection.DatabaseCredentials;
import com.redshiftloader.domain.profile.AuthMethod;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.profile.SecretUnavailableException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.redshift.RedshiftClient;
import software.amazon.awssdk.services.redshift.model.ClusterNotFoundException;
import software.amazon.awssdk.services.redshift.model.GetClusterCredentialsResponse;
import software.amazon.awssdk.services.redshiftserverless.RedshiftServerlessClient;
import software.amazon.awssdk.services.redshiftserverless.model.GetCredentialsResponse;
import software.amazon.awssdk.services.redshiftserverless.model.ResourceNotFoundException;

/**
 * The AWS SDK calls behind {@link RedshiftCredentialsProvider}, in a class of their own: loading a class loads the
 * exception types it catches, so the SDK is only loaded when an IAM login actually happens.
 */
final class RedshiftCredentialsCalls {

    private static final Logger LOG = LoggerFactory.getLogger(RedshiftCredentialsCalls.class);
    private static final int DURATION_SECONDS = 3600;

    private final Function<String, Optional<String>> environment;

    RedshiftCredentialsCalls(Function<String, Optional<String>> environment) {
        this.environment = environment;
    }

    /** See {@link RedshiftCredentialsProvider#obtain}. */
    DatabaseCredentials obtain(ConnectionProfile profile, AuthMethod.Iam iam) throws ConnectionFailedException {
        String region = profile.region()
                .orElseThrow(() -> new ConnectionFailedException(
                        ConnectionCheck.IAM_CREDENTIALS,
                        "IAM login needs the cluster's AWS region.",
                        "Add region: (e.g. us-west-2) to the profile."));
        AwsCredentialsProvider credentials;
        try {
            credentials = AwsCredentialProviders.provider(iam.credentials(), environment);
        } catch (SecretUnavailableException e) {
            throw new ConnectionFailedException(
                    ConnectionCheck.IAM_CREDENTIALS, e.getMessage(), "Set the variable and try again.");
        }
        ClientOverrideConfiguration timeouts = ClientOverrideConfiguration.builder()
                .apiCallTimeout(profile.connectTimeout().plus(Duration.ofSeconds(5)))
                .build();
        try {
            return iam.serverless()
                    ? serverless(profile, iam, Region.of(region), credentials, timeouts)
                    : provisioned(profile, iam, Region.of(region), credentials, timeouts);
        } finally {
            AwsCredentialProviders.close(credentials);
        }
    }

    private DatabaseCredentials provisioned(
            ConnectionProfile profile,
            AuthMethod.Iam iam,
            Region region,
            AwsCredentialsProvider credentials,
            ClientOverrideConfiguration timeouts)
            throws ConnectionFailedException {
        String cluster = iam.clusterIdentifier().orElseThrow();
        String dbUser = iam.dbUser()
                .orElseThrow(() -> new ConnectionFailedException(
                        ConnectionCheck.IAM_CREDENTIALS,
                        "IAM login to a cluster needs db_user.",
                        "Add db_user: (the database user to log in as) to the profile."));
        LOG.info("Requesting GetClusterCredentials for cluster {} user {} in {}", cluster, dbUser, region);
        try (RedshiftClient client = RedshiftClient.builder()
                .region(region)
                .credentialsProvider(credentials)
                .overrideConfiguration(timeouts)
                .build()) {
            GetClusterCredentialsResponse response =
                    client.getClusterCredentials(request -> request.clusterIdentifier(cluster)
                            .dbUser(dbUser)
                            .dbName(profile.database())
                            .autoCreate(iam.autoCreate())
                            .dbGroups(iam.dbGroups().isEmpty() ? null : iam.dbGroups())
                            .durationSeconds(DURATION_SECONDS));
            return new DatabaseCredentials(
                    response.dbUser(), response.dbPassword(), Optional.ofNullable(response.expiration()));
        } catch (ClusterNotFoundException e) {
            throw new ConnectionFailedException(
                    ConnectionCheck.IAM_CREDENTIALS,
                    "No cluster '" + cluster + "' in " + region + ".",
                    "Check cluster_identifier and region (the cluster's name in the Redshift console).");
        } catch (SdkException e) {
            throw AwsFailures.describe(
                    ConnectionCheck.IAM_CREDENTIALS,
                    "GetClusterCredentials",
                    clusterPermission(region, cluster, dbUser, profile.database(), iam.autoCreate()),
                    e);
        }
    }

    /** The grant GetClusterCredentials needs, with the ARNs of the user and the database. */
    static String clusterPermission(Region region, String cluster, String dbUser, String database, boolean autoCreate) {
        String arn = "arn:aws:redshift:" + region + ":<account>:";
        return "redshift:GetClusterCredentials on " + arn + "dbuser:" + cluster + "/" + dbUser + " and " + arn
                + "dbname:"
                + cluster + "/" + database + (autoCreate ? " (with auto_create also redshift:CreateClusterUser)" : "")
                + ".";
    }

    private DatabaseCredentials serverless(
            ConnectionProfile profile,
            AuthMethod.Iam iam,
            Region region,
            AwsCredentialsProvider credentials,
            ClientOverrideConfiguration timeouts)
            throws ConnectionFailedException {
        String workgroup = iam.workgroup().orElseThrow();
        LOG.info("Requesting Serverless GetCredentials for workgroup {} in {}", workgroup, region);
        try (RedshiftServerlessClient client = RedshiftServerlessClient.builder()
                .region(region)
                .credentialsProvider(credentials)
                .overrideConfiguration(timeouts)
                .build()) {
            GetCredentialsResponse response = client.getCredentials(request ->
                    request.workgroupName(workgroup).dbName(profile.database()).durationSeconds(DURATION_SECONDS));
            return new DatabaseCredentials(
                    response.dbUser(), response.dbPassword(), Optional.ofNullable(response.expiration()));
        } catch (ResourceNotFoundException e) {
            throw new ConnectionFailedException(
                    ConnectionCheck.IAM_CREDENTIALS,
                    "No Redshift Serverless workgroup '" + workgroup + "' in " + region + ".",
                    "Check workgroup and region (the workgroup's name in the Redshift Serverless console).");
        } catch (SdkException e) {
            String permission = "redshift-serverless:GetCredentials on arn:aws:redshift-serverless:" + region
                    + ":<account>:workgroup/<id of " + workgroup + ">.";
            throw AwsFailures.describe(ConnectionCheck.IAM_CREDENTIALS, "GetCredentials", permission, e);
        }
    }
}
