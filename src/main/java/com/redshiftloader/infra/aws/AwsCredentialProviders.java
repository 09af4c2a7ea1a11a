package com.redshiftloader.infra.aws;

import com.redshiftloader.domain.profile.AwsCredentialsSource;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * Turns a profile's {@link AwsCredentialsSource} into an SDK credentials provider: the keys written in the profile
 * (with a session token, temporary keys), a named profile of the AWS config files (SSO profiles included, through the
 * sso and ssooidc modules), or the SDK's default chain. Close the provider after use: named and default providers
 * hold refreshing resources.
 */
final class AwsCredentialProviders {

    private AwsCredentialProviders() {}

    static AwsCredentialsProvider provider(
            AwsCredentialsSource source, Function<String, Optional<String>> environment) {
        return switch (source) {
            case AwsCredentialsSource.AccessKeys keys -> {
                String secret = keys.secretAccessKey().resolve(environment);
                yield StaticCredentialsProvider.create(keys.sessionToken()
                        .map(token -> (AwsCredentials)
                                AwsSessionCredentials.create(keys.accessKeyId(), secret, token.resolve(environment)))
                        .orElseGet(() -> AwsBasicCredentials.create(keys.accessKeyId(), secret)));
            }
            case AwsCredentialsSource.NamedProfile named ->
                ProfileCredentialsProvider.builder().profileName(named.name()).build();
            case AwsCredentialsSource.DefaultChain chain ->
                DefaultCredentialsProvider.builder().build();
        };
    }

    /** Closes the provider if it holds resources. */
    static void close(AwsCredentialsProvider provider) {
        if (provider instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException("Could not release the AWS credentials provider", e);
            }
        }
    }
}
