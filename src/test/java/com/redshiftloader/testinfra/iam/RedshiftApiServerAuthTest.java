package com.redshiftloader.testinfra.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.redshift.RedshiftClient;
import software.amazon.awssdk.services.redshift.model.RedshiftException;
import software.amazon.awssdk.services.redshiftserverless.RedshiftServerlessClient;
import software.amazon.awssdk.services.redshiftserverless.model.RedshiftServerlessException;

/** The endpoint refuses what AWS refuses: unsigned, wrongly signed, unknown keys, tokens, scope and clock. */
@ExtendWith(RedshiftApiExtension.class)
class RedshiftApiServerAuthTest {

    @Test
    void wrongSecretIsSignatureDoesNotMatch(RedshiftApiServer server, RedshiftApiClients clients) {
        try (RedshiftClient redshift =
                clients.redshift(AwsBasicCredentials.create(RedshiftApiServer.ACCESS_KEY_ID, "not-the-secret"))) {
            assertThatThrownBy(() -> redshift.getClusterCredentials(
                            b -> b.clusterIdentifier(RedshiftApiServer.CLUSTER).dbUser("awsuser")))
                    .isInstanceOfSatisfying(RedshiftException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(403);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("SignatureDoesNotMatch");
                    });
        }
        assertThat(server.requests()).isNotEmpty().allSatisfy(r -> assertThat(r.errorCode())
                .isEqualTo("SignatureDoesNotMatch"));
    }

    @Test
    void wrongSecretOnServerlessIsInvalidSignatureException(RedshiftApiClients clients) {
        try (RedshiftServerlessClient serverless =
                clients.serverless(AwsBasicCredentials.create(RedshiftApiServer.ACCESS_KEY_ID, "not-the-secret"))) {
            assertThatThrownBy(() -> serverless.getCredentials(b -> b.workgroupName(RedshiftApiServer.WORKGROUP)))
                    .isInstanceOfSatisfying(RedshiftServerlessException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(403);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
                    });
        }
    }

    @Test
    void unknownKeyIsInvalidClientTokenId(RedshiftApiClients clients) {
        try (RedshiftClient redshift =
                clients.redshift(AwsBasicCredentials.create("AKIAUNKNOWNKEY000000", "whatever"))) {
            assertThatThrownBy(() -> redshift.getClusterCredentials(
                            b -> b.clusterIdentifier(RedshiftApiServer.CLUSTER).dbUser("awsuser")))
                    .isInstanceOfSatisfying(RedshiftException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(403);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId");
                    });
        }
    }

    @Test
    void sessionKeyNeedsItsOwnToken(RedshiftApiServer server, RedshiftApiClients clients) {
        AccessKey role = AccessKey.forRole("ASIAREDSHIFTAUTH0001", "auth-secret", "the-token", "Loader");
        server.registerKey(role);
        try (RedshiftClient noToken =
                        clients.redshift(AwsBasicCredentials.create("ASIAREDSHIFTAUTH0001", "auth-secret"));
                RedshiftClient wrongToken = clients.redshift(
                        AwsSessionCredentials.create("ASIAREDSHIFTAUTH0001", "auth-secret", "other-token"));
                RedshiftClient rightToken = clients.redshift(RedshiftApiClients.credentials(role))) {
            for (RedshiftClient refused : new RedshiftClient[] {noToken, wrongToken}) {
                assertThatThrownBy(() -> refused.getClusterCredentialsWithIAM(
                                b -> b.clusterIdentifier(RedshiftApiServer.CLUSTER)))
                        .isInstanceOfSatisfying(
                                RedshiftException.class,
                                e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId"));
            }
            assertThat(rightToken
                            .getClusterCredentialsWithIAM(b -> b.clusterIdentifier(RedshiftApiServer.CLUSTER))
                            .dbUser())
                    .isEqualTo("IAMR:Loader");
        }
    }

    @Test
    void unsignedPostIsRefusedWithQueryError(RedshiftApiServer server) throws IOException, InterruptedException {
        HttpResponse<String> response;
        try (HttpClient http = HttpClient.newHttpClient()) {
            response = http.send(
                    HttpRequest.newBuilder(server.endpoint())
                            .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                            .POST(HttpRequest.BodyPublishers.ofString("Action=GetClusterCredentials&Version=2012-12-01"
                                    + "&ClusterIdentifier=test-cluster&DbUser=awsuser"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body())
                .contains("<ErrorResponse", "<Type>Sender</Type>", "<Code>MissingAuthenticationToken</Code>");
        assertThat(server.requests()).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo("GetClusterCredentials");
            assertThat(r.accessKeyId()).isNull();
        });
    }

    @Test
    void rawRequestSignedBySdkSignerPassesOnlyWithTheRightServiceScope(RedshiftApiServer server)
            throws IOException, InterruptedException {
        String body = "Action=GetClusterCredentials&Version=2012-12-01&ClusterIdentifier=test-cluster"
                + "&DbUser=nobody_raw&AutoCreate=false";

        HttpResponse<String> right = sendSigned(server, body, "redshift");
        HttpResponse<String> wrong = sendSigned(server, body, "redshift-serverless");

        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(right.body())
                .contains("<GetClusterCredentialsResponse xmlns=\"http://redshift.amazonaws.com/doc/2012-12-01/\">")
                .contains("<DbUser>IAM:nobody_raw</DbUser>", "<RequestId>");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(wrong.body())
                .contains("<Code>SignatureDoesNotMatch</Code>", "Credential should be scoped to correct service");
    }

    @Test
    void sdkFindsTheServerThroughTheServiceEndpointSystemProperties(RedshiftApiServer server) {
        // What code that builds its own clients relies on: aws.endpointUrlRedshift[Serverless] (or the environment
        // variables AWS_ENDPOINT_URL_REDSHIFT[_SERVERLESS]) are read when the client is built.
        RedshiftClient redshift;
        RedshiftServerlessClient serverless;
        System.setProperty("aws.endpointUrlRedshift", server.endpoint().toString());
        System.setProperty(
                "aws.endpointUrlRedshiftServerless", server.endpoint().toString());
        try {
            StaticCredentialsProvider credentials = StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(RedshiftApiServer.ACCESS_KEY_ID, RedshiftApiServer.SECRET_ACCESS_KEY));
            redshift = RedshiftClient.builder()
                    .region(Region.of(RedshiftApiServer.REGION))
                    .credentialsProvider(credentials)
                    .build();
            serverless = RedshiftServerlessClient.builder()
                    .region(Region.of(RedshiftApiServer.REGION))
                    .credentialsProvider(credentials)
                    .build();
        } finally {
            System.clearProperty("aws.endpointUrlRedshift");
            System.clearProperty("aws.endpointUrlRedshiftServerless");
        }
        try (redshift;
                serverless) {
            assertThat(redshift.getClusterCredentialsWithIAM(b -> b.clusterIdentifier(RedshiftApiServer.CLUSTER))
                            .dbUser())
                    .isEqualTo("IAM:awsuser");
            assertThat(serverless
                            .getCredentials(b -> b.workgroupName(RedshiftApiServer.WORKGROUP))
                            .dbUser())
                    .isEqualTo("IAM:awsuser");
        }
        assertThat(server.requests()).hasSize(2).allMatch(RecordedRequest::succeeded);
    }

    /** Signs a Query request with the SDK's own SigV4 signer and sends it with the JDK client. */
    private static HttpResponse<String> sendSigned(RedshiftApiServer server, String body, String signingName)
            throws IOException, InterruptedException {
        SignedRequest signed = AwsV4HttpSigner.create().sign(r -> r.identity(AwsCredentialsIdentity.create(
                        RedshiftApiServer.ACCESS_KEY_ID, RedshiftApiServer.SECRET_ACCESS_KEY))
                .request(SdkHttpRequest.builder()
                        .method(SdkHttpMethod.POST)
                        .uri(server.endpoint().resolve("/"))
                        .putHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                        .build())
                .payload(ContentStreamProvider.fromUtf8String(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, signingName)
                .putProperty(AwsV4HttpSigner.REGION_NAME, RedshiftApiServer.REGION));
        HttpRequest.Builder request =
                HttpRequest.newBuilder(signed.request().getUri()).POST(HttpRequest.BodyPublishers.ofString(body));
        // The JDK client sets Host itself, to the same value the signer used.
        signed.request().forEachHeader((name, values) -> {
            if (!name.equalsIgnoreCase("Host")) {
                values.forEach(value -> request.header(name, value));
            }
        });
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void signatureOutsideTheFifteenMinuteWindowIsRefused() {
        Clock later = Clock.fixed(Instant.now().plus(Duration.ofMinutes(20)), ZoneOffset.UTC);
        try (RedshiftApiServer server = RedshiftApiServer.start(later);
                RedshiftClient redshift = new RedshiftApiClients(server).redshift()) {
            assertThatThrownBy(() -> redshift.getClusterCredentials(
                            b -> b.clusterIdentifier(RedshiftApiServer.CLUSTER).dbUser("awsuser")))
                    .isInstanceOfSatisfying(RedshiftException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("SignatureDoesNotMatch");
                        assertThat(e.awsErrorDetails().errorMessage()).startsWith("Signature expired");
                    });
        }
    }
}
