package com.redshiftloader.infra.aws;

import com.redshiftloader.domain.connection.ConnectionCheck;
import com.redshiftloader.domain.connection.ConnectionFailedException;
import java.util.Locale;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/** Turns AWS SDK errors into what the user should know and do; the error codes of Query and JSON services both. */
final class AwsFailures {

    private static final Set<String> DENIED = Set.of("AccessDenied", "AccessDeniedException", "UnauthorizedOperation");
    private static final Set<String> EXPIRED =
            Set.of("ExpiredToken", "ExpiredTokenException", "RequestExpired", "TokenRefreshRequired");
    private static final Set<String> UNKNOWN_KEY =
            Set.of("InvalidClientTokenId", "UnrecognizedClientException", "InvalidAccessKeyId");
    private static final Set<String> BAD_SIGNATURE = Set.of("SignatureDoesNotMatch", "InvalidSignatureException");

    private AwsFailures() {}

    /**
     * The message for a failed call.
     *
     * @param check the step the call belongs to
     * @param action the API action, e.g. {@code GetClusterCredentials}
     * @param permission what to grant when AWS denies the call, e.g. {@code redshift:GetClusterCredentials on …}
     */
    static ConnectionFailedException describe(
            ConnectionCheck check, String action, String permission, SdkException error) {
        if (error instanceof AwsServiceException service && service.awsErrorDetails() != null) {
            String code = String.valueOf(service.awsErrorDetails().errorCode());
            String message = String.valueOf(service.awsErrorDetails().errorMessage());
            if (DENIED.contains(code)) {
                return new ConnectionFailedException(
                        check, "AWS refused " + action + ": " + message + ".", "Give the IAM identity " + permission);
            }
            if (EXPIRED.contains(code)) {
                return expired(check);
            }
            if (UNKNOWN_KEY.contains(code)) {
                return new ConnectionFailedException(
                        check,
                        "AWS does not know the access key id (" + code + ").",
                        "Check the access key id in the profile, or the AWS profile's keys; it may have been deleted.");
            }
            if (BAD_SIGNATURE.contains(code)) {
                return new ConnectionFailedException(
                        check,
                        "AWS rejected the request signature (" + code + ").",
                        "The secret access key does not match the access key id; copy both again.");
            }
            return new ConnectionFailedException(
                    check,
                    "AWS refused " + action + ": " + message + " (" + code + ").",
                    "Check the AWS settings of the profile.");
        }
        if (error instanceof SdkClientException client && isExpiredSso(client)) {
            return expired(check);
        }
        return new ConnectionFailedException(
                check,
                "Could not call " + action + ": " + firstLine(error.getMessage()),
                "Check the AWS credentials (keys, aws_profile or the default chain) and that this machine reaches AWS.");
    }

    static ConnectionFailedException expired(ConnectionCheck check) {
        return new ConnectionFailedException(
                check,
                "The AWS credentials have expired; refresh them (aws sso login --profile <name>, or new temporary keys).",
                "Then run the test again.");
    }

    private static boolean isExpiredSso(SdkClientException error) {
        String message = String.valueOf(error.getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("token") && (message.contains("expired") || message.contains("refresh"));
    }

    static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
