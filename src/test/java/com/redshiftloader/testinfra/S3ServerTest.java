package com.redshiftloader.testinfra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

class S3ServerTest {

    private final S3Server server = S3Server.get();

    @Test
    void objectWrittenWithTheSdkIsReadBack() {
        String bucket = server.createBucket("roundtrip");
        String text = "id,name\n1,Zoë 😀\n";
        try (S3Client client = server.client()) {
            client.putObject(b -> b.bucket(bucket).key("stage/run-1/part-0.csv"), RequestBody.fromString(text));
            String read = client.getObjectAsBytes(b -> b.bucket(bucket).key("stage/run-1/part-0.csv"))
                    .asString(StandardCharsets.UTF_8);
            assertThat(read).isEqualTo(text);
            assertThat(client.listObjectsV2(b -> b.bucket(bucket).prefix("stage/"))
                            .contents())
                    .extracting(o -> o.key())
                    .containsExactly("stage/run-1/part-0.csv");
        }
    }

    @Test
    void requestSignedWithAWrongSecretIsRejected() {
        String bucket = server.createBucket("auth");
        try (S3Client wrong = S3Client.builder()
                .endpointOverride(server.endpoint())
                .region(S3Server.REGION)
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(S3Server.ACCESS_KEY, "not-the-secret")))
                .build()) {
            assertThatThrownBy(() -> wrong.listObjectsV2(b -> b.bucket(bucket)))
                    .isInstanceOf(S3Exception.class)
                    .satisfies(e -> assertThat(((S3Exception) e).statusCode()).isEqualTo(403));
        }
    }
}
