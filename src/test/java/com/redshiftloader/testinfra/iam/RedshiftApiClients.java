package com.redshiftloader.testinfra.iam;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.redshift.RedshiftClient;
import software.amazon.awssdk.services.redshiftserverless.RedshiftServerlessClient;

/**
 * Builds real AWS SDK v2 clients pointed at a {@link RedshiftApiServer} ({@code endpointOverride}, its region,
 * static credentials). The caller closes them.
 */
public record RedshiftApiClients(RedshiftApiServer server) {

    /** A provisioned Redshift client signing with the server's default key. */
    public RedshiftClient redshift() {
        return redshift(defaultCredentials());
    }

    public RedshiftClient redshift(AwsCredentials credentials) {
        return RedshiftClient.builder()
                .endpointOverride(server.endpoint())
                .region(Region.of(RedshiftApiServer.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(credentials))
                .build();
    }

    /** A Redshift Serverless client signing with the server's default key. */
    public RedshiftServerlessClient serverless() {
        return serverless(defaultCredentials());
    }

    public RedshiftServerlessClient serverless(AwsCredentials credentials) {
        return RedshiftServerlessClient.builder()
                .endpointOverride(server.endpoint())
                .region(Region.of(RedshiftApiServer.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(credentials))
                .build();
    }

    /** The SDK credentials for a registered key, with its session token if it has one. */
    public static AwsCredentials credentials(AccessKey key) {
        return key.sessionToken() == null
                ? AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey())
                : AwsSessionCredentials.create(key.accessKeyId(), key.secretAccessKey(), key.sessionToken());
    }

    private static AwsCredentials defaultCredentials() {
        return AwsBasicCredentials.create(RedshiftApiServer.ACCESS_KEY_ID, RedshiftApiServer.SECRET_ACCESS_KEY);
    }
}
