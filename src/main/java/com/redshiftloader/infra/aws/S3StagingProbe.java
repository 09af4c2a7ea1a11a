package com.redshiftloader.infra.aws;

import com.redshiftloader.domain.connection.ConnectionCheck;
import com.redshiftloader.domain.connection.ConnectionFailedException;
import com.redshiftloader.domain.profile.AwsCredentialsSource;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.profile.S3Staging;
import com.redshiftloader.domain.profile.SecretUnavailableException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Checks the S3 staging of a profile with the identity that will upload: the bucket answers, an object can be
 * written and deleted under the staging prefix, and the bucket's region (COPY from another region needs
 * {@code REGION}).
 *
 * <p>Credentials: {@code s3_creds} keys, else the IAM login's keys or AWS profile, else the default chain. Region:
 * {@code s3_creds.aws_region}, else the profile's region. The endpoint follows the SDK's standard resolution
 * ({@code AWS_ENDPOINT_URL_S3}, {@code aws.endpointUrlS3}); see {@link S3Clients} for path-style addressing.
 */
public final class S3StagingProbe implements AutoCloseable {

    private final ConnectionProfile profile;
    private final S3Staging staging;
    private final AwsCredentialsProvider credentials;
    private final S3Client client;

    private S3StagingProbe(
            ConnectionProfile profile, S3Staging staging, AwsCredentialsProvider credentials, S3Client client) {
        this.profile = profile;
        this.staging = staging;
        this.credentials = credentials;
        this.client = client;
    }

    /** A probe for the profile's staging; close it after use. */
    public static S3StagingProbe open(ConnectionProfile profile, Function<String, Optional<String>> environment)
            throws ConnectionFailedException {
        S3Staging staging = profile.s3Staging()
                .orElseThrow(() -> new ConnectionFailedException(
                        ConnectionCheck.S3_BUCKET,
                        "use_s3_copy is true but s3_creds has no bucket.",
                        "Add s3_creds: bucket: to the profile."));
        AwsCredentialsSource source = S3Clients.credentialsSource(profile, staging);
        AwsCredentialsProvider credentials;
        try {
            credentials = AwsCredentialProviders.provider(source, environment);
        } catch (SecretUnavailableException e) {
            throw new ConnectionFailedException(
                    ConnectionCheck.S3_BUCKET, e.getMessage(), "Set the variable and try again.");
        }
        Region region = Region.of(staging.region().or(profile::region).orElse("us-east-1"));
        ClientOverrideConfiguration timeouts = ClientOverrideConfiguration.builder()
                .apiCallTimeout(profile.connectTimeout().plus(Duration.ofSeconds(5)))
                .build();
        return new S3StagingProbe(profile, staging, credentials, S3Clients.build(region, credentials, timeouts));
    }

    /** HeadBucket: the bucket exists and this identity may list it. */
    public String checkBucket() throws ConnectionFailedException {
        try {
            client.headBucket(request -> request.bucket(staging.bucket()));
            return "bucket " + staging.bucket() + " answers";
        } catch (NoSuchBucketException e) {
            throw new ConnectionFailedException(
                    ConnectionCheck.S3_BUCKET,
                    "There is no S3 bucket '" + staging.bucket() + "'.",
                    "Check s3_creds.bucket (the name only, without s3:// or a path), or create the bucket.");
        } catch (S3Exception e) {
            if (e.statusCode() == 403) {
                throw new ConnectionFailedException(
                        ConnectionCheck.S3_BUCKET,
                        "S3 refused access to bucket '" + staging.bucket() + "' (403).",
                        "Check the keys in s3_creds (a wrong secret also gives 403 here), and give the uploading"
                                + " identity s3:ListBucket on arn:aws:s3:::" + staging.bucket() + ".");
            }
            throw AwsFailures.describe(ConnectionCheck.S3_BUCKET, "HeadBucket", "s3:ListBucket on the bucket.", e);
        } catch (SdkClientException e) {
            if (hasCause(e, UnknownHostException.class)) {
                throw new ConnectionFailedException(
                        ConnectionCheck.S3_BUCKET,
                        "The S3 endpoint for bucket '" + staging.bucket() + "' does not resolve.",
                        "Check the network; for an S3-compatible server addressed by host name (AWS_ENDPOINT_URL_S3),"
                                + " set " + S3Clients.PATH_STYLE_VARIABLE + "=true (or -D"
                                + S3Clients.PATH_STYLE_PROPERTY + "=true) to use path-style requests.",
                        e);
            }
            throw AwsFailures.describe(ConnectionCheck.S3_BUCKET, "HeadBucket", "s3:ListBucket on the bucket.", e);
        } catch (SdkException e) {
            throw AwsFailures.describe(ConnectionCheck.S3_BUCKET, "HeadBucket", "s3:ListBucket on the bucket.", e);
        }
    }

    /** Writes a small object under {@code <prefix>_probe/}, deletes it and checks it is gone. */
    public String writeAndDelete() throws ConnectionFailedException {
        String key = staging.prefix() + "_probe/" + UUID.randomUUID();
        String permission =
                "s3:PutObject and s3:DeleteObject on arn:aws:s3:::" + staging.bucket() + "/" + staging.prefix() + "*.";
        try {
            client.putObject(request -> request.bucket(staging.bucket()).key(key), RequestBody.fromString("probe"));
            client.deleteObject(request -> request.bucket(staging.bucket()).key(key));
        } catch (S3Exception e) {
            if (e.statusCode() == 403) {
                throw new ConnectionFailedException(
                        ConnectionCheck.S3_PROBE,
                        "S3 refused to write or delete s3://" + staging.bucket() + "/" + key + " (403).",
                        "Give the uploading identity " + permission);
            }
            throw AwsFailures.describe(ConnectionCheck.S3_PROBE, "PutObject/DeleteObject", permission, e);
        } catch (SdkException e) {
            throw AwsFailures.describe(ConnectionCheck.S3_PROBE, "PutObject/DeleteObject", permission, e);
        }
        if (exists(key)) {
            throw new ConnectionFailedException(
                    ConnectionCheck.S3_PROBE,
                    "The probe object s3://" + staging.bucket() + "/" + key + " is still there after deleting it.",
                    "Check the bucket's Object Lock or lifecycle settings, then delete the object by hand.");
        }
        return "wrote and deleted s3://" + staging.bucket() + "/" + key;
    }

    /** The bucket's region, with a warning when it differs from the cluster's. */
    public String checkRegion() throws ConnectionFailedException {
        String bucketRegion;
        try {
            String constraint = client.getBucketLocation(request -> request.bucket(staging.bucket()))
                    .locationConstraintAsString();
            bucketRegion = constraint == null || constraint.isBlank()
                    ? "us-east-1"
                    : constraint.equals("EU") ? "eu-west-1" : constraint;
        } catch (SdkException e) {
            throw AwsFailures.describe(
                    ConnectionCheck.S3_REGION, "GetBucketLocation", "s3:GetBucketLocation on the bucket.", e);
        }
        return profile.region()
                .filter(clusterRegion -> !clusterRegion.equals(bucketRegion))
                .map(clusterRegion -> "warning: the bucket is in " + bucketRegion + ", the cluster in " + clusterRegion
                        + "; COPY then needs REGION '" + bucketRegion + "' (slower, and transfer costs apply)")
                .orElse(bucketRegion + (profile.region().isPresent() ? ", the cluster's region" : ""));
    }

    private boolean exists(String key) throws ConnectionFailedException {
        try {
            client.headObject(request -> request.bucket(staging.bucket()).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw AwsFailures.describe(ConnectionCheck.S3_PROBE, "HeadObject", "s3:GetObject on the prefix.", e);
        }
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        client.close();
        AwsCredentialProviders.close(credentials);
    }
}
