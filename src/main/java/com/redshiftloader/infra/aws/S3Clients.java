package com.redshiftloader.infra.aws;

import com.redshiftloader.domain.profile.AuthMethod;
import com.redshiftloader.domain.profile.AwsCredentialsSource;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.profile.S3Staging;
import java.util.Locale;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Builds the S3 client for staging. The endpoint comes from the SDK's standard resolution, so
 * {@code AWS_ENDPOINT_URL_S3} or {@code aws.endpointUrlS3} point it at another S3 (MinIO, a VPC endpoint).
 *
 * <p>Addressing: the SDK uses virtual-hosted style ({@code bucket.host}) unless the endpoint is an IP address. For a
 * local S3 reached by a host name (e.g. {@code http://localhost:9000}), set the system property
 * {@value #PATH_STYLE_PROPERTY} or the environment variable {@value #PATH_STYLE_VARIABLE} to {@code true}: the SDK v2
 * for Java does not read {@code addressing_style} from the AWS config file.
 */
final class S3Clients {

    static final String PATH_STYLE_PROPERTY = "redshiftloader.s3.forcePathStyle";
    static final String PATH_STYLE_VARIABLE = "REDSHIFT_LOADER_S3_FORCE_PATH_STYLE";

    private S3Clients() {}

    static S3Client build(Region region, AwsCredentialsProvider credentials, ClientOverrideConfiguration timeouts) {
        return S3Client.builder()
                .region(region)
                .credentialsProvider(credentials)
                .overrideConfiguration(timeouts)
                .crossRegionAccessEnabled(true)
                .forcePathStyle(forcePathStyle())
                .build();
    }

    /** The staging keys, else the IAM login's keys or AWS profile, else the default chain. */
    static AwsCredentialsSource credentialsSource(ConnectionProfile profile, S3Staging staging) {
        if (staging.accessKeyId().isPresent() && staging.secretAccessKey().isPresent()) {
            return new AwsCredentialsSource.AccessKeys(
                    staging.accessKeyId().get(), staging.secretAccessKey().get(), Optional.empty());
        }
        if (profile.auth() instanceof AuthMethod.Iam iam) {
            return iam.credentials();
        }
        return new AwsCredentialsSource.DefaultChain();
    }

    static boolean forcePathStyle() {
        String value = Optional.ofNullable(System.getProperty(PATH_STYLE_PROPERTY))
                .or(() -> Optional.ofNullable(System.getenv(PATH_STYLE_VARIABLE)))
                .orElse("false");
        return value.strip().toLowerCase(Locale.ROOT).equals("true");
    }
}
