package com.redshiftloader.infra.connection;

import static com.redshiftloader.infra.connection.StepwiseConnectionTesterTest.details;
import static com.redshiftloader.infra.connection.StepwiseConnectionTesterTest.failure;
import static com.redshiftloader.infra.connection.StepwiseConnectionTesterTest.tester;
import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.connection.CheckResult;
import com.redshiftloader.domain.connection.ConnectionCheck;
import com.redshiftloader.domain.connection.ConnectionTestListener;
import com.redshiftloader.domain.connection.ConnectionTestReport;
import com.redshiftloader.testinfra.PostgresDatabaseExtension;
import com.redshiftloader.testinfra.RedshiftStandInExtension;
import com.redshiftloader.testinfra.S3Server;
import com.redshiftloader.testinfra.TestHostResolver;
import com.redshiftloader.testinfra.TestProfiles;
import com.redshiftloader.testinfra.iam.AccessMode;
import com.redshiftloader.testinfra.iam.RedshiftApiExtension;
import com.redshiftloader.testinfra.iam.RedshiftApiServer;
import com.redshiftloader.testinfra.redshift.RedshiftStandIn;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The IAM and S3 steps against the local Redshift API and S3 server, which the SDK finds through the standard
 * endpoint system properties ({@code aws.endpointUrlRedshift}, {@code aws.endpointUrlS3}), set around each test.
 */
@ExtendWith({PostgresDatabaseExtension.class, RedshiftStandInExtension.class, RedshiftApiExtension.class})
class StepwiseConnectionTesterAwsTest {

    @BeforeEach
    void pointTheSdkAtTheLocalServers(RedshiftApiServer server) {
        System.setProperty("aws.endpointUrlRedshift", server.endpoint().toString());
        System.setProperty(
                "aws.endpointUrlRedshiftServerless", server.endpoint().toString());
        System.setProperty("aws.endpointUrlS3", S3Server.get().endpoint().toString());
    }

    @AfterEach
    void clearProperties() {
        System.clearProperty("aws.endpointUrlRedshift");
        System.clearProperty("aws.endpointUrlRedshiftServerless");
        System.clearProperty("aws.endpointUrlS3");
        System.clearProperty("redshiftloader.s3.forcePathStyle");
    }

    private static Map<String, Object> s3Keys(RedshiftStandIn standIn, String bucket) {
        Map<String, Object> keys = TestProfiles.standIn(standIn);
        keys.put("region", RedshiftApiServer.REGION);
        keys.put("use_s3_copy", true);
        keys.put("s3_creds.bucket", bucket);
        keys.put("s3_creds.prefix", "staging/");
        keys.put("s3_creds.aws_region", S3Server.REGION.id());
        keys.put("s3_creds.aws_access_key_id", S3Server.ACCESS_KEY);
        keys.put("s3_creds.aws_secret_access_key", S3Server.SECRET_KEY);
        return keys;
    }

    @Test
    void iamLoginObtainsTemporaryCredentialsThenLogsInAsThatUser(RedshiftStandIn standIn) throws Exception {
        ConnectionTestReport report =
                tester().test(TestProfiles.bind(TestProfiles.iam(standIn)), ConnectionTestListener.NONE);

        assertThat(report.passed()).isTrue();
        assertThat(details(report))
                .anySatisfy(line ->
                        assertThat(line).startsWith("IAM_CREDENTIALS passed temporary user IAMA:awsuser, valid until "))
                .contains("AUTHENTICATE passed logged in as IAMA:awsuser");
    }

    @Test
    void serverlessLoginLogsInAsTheCallersIdentity(RedshiftStandIn standIn) throws Exception {
        Map<String, Object> keys = TestProfiles.iam(standIn);
        keys.remove("cluster_identifier");
        keys.remove("db_user");
        keys.put("workgroup", RedshiftApiServer.WORKGROUP);

        ConnectionTestReport report = tester().test(TestProfiles.bind(keys), ConnectionTestListener.NONE);

        assertThat(report.passed()).isTrue();
        assertThat(details(report)).contains("AUTHENTICATE passed logged in as IAM:awsuser");
    }

    @Test
    void deniedIamCallFailsTheCredentialsStep(RedshiftStandIn standIn, RedshiftApiServer server) throws Exception {
        server.accessMode(AccessMode.DENY);

        CheckResult.Failed failed =
                failure(tester().test(TestProfiles.bind(TestProfiles.iam(standIn)), ConnectionTestListener.NONE));

        assertThat(failed.check()).isEqualTo(ConnectionCheck.IAM_CREDENTIALS);
        assertThat(failed.problem()).startsWith("AWS refused GetClusterCredentials:");
        assertThat(failed.fix()).startsWith("Give the IAM identity redshift:GetClusterCredentials on");
    }

    @Test
    void reachableBucketPassesEveryS3StepAndLeavesNoProbeBehind(RedshiftStandIn standIn) throws Exception {
        String bucket = S3Server.get().createBucket("staging-ok");

        ConnectionTestReport report =
                tester().test(TestProfiles.bind(s3Keys(standIn, bucket)), ConnectionTestListener.NONE);

        assertThat(report.passed()).isTrue();
        assertThat(details(report))
                .contains("S3_BUCKET passed bucket " + bucket + " answers")
                .anySatisfy(line -> assertThat(line)
                        .startsWith("S3_PROBE passed wrote and deleted s3://" + bucket + "/staging/_probe/"))
                .contains("S3_REGION passed warning: the bucket is in us-east-1, the cluster in us-west-2; COPY then"
                        + " needs REGION 'us-east-1' (slower, and transfer costs apply)");
        try (S3Client s3 = S3Server.get().client()) {
            assertThat(s3.listObjectsV2(request -> request.bucket(bucket)).contents())
                    .isEmpty();
        }
    }

    @Test
    void bucketInTheClustersRegionIsSaidSo(RedshiftStandIn standIn) throws Exception {
        String bucket = S3Server.get().createBucket("staging-same");
        Map<String, Object> keys = s3Keys(standIn, bucket);
        keys.put("region", S3Server.REGION.id());

        ConnectionTestReport report = tester().test(TestProfiles.bind(keys), ConnectionTestListener.NONE);

        assertThat(details(report)).contains("S3_REGION passed us-east-1, the cluster's region");
    }

    @Test
    void missingBucketFailsClearly(RedshiftStandIn standIn) throws Exception {
        Map<String, Object> keys = new LinkedHashMap<>(s3Keys(standIn, "no-such-bucket-here"));

        ConnectionTestReport report = tester().test(TestProfiles.bind(keys), ConnectionTestListener.NONE);

        CheckResult.Failed failed = failure(report);
        assertThat(failed.check()).isEqualTo(ConnectionCheck.S3_BUCKET);
        assertThat(failed.problem()).isEqualTo("There is no S3 bucket 'no-such-bucket-here'.");
        assertThat(failed.fix()).contains("s3_creds.bucket");
        assertThat(details(report))
                .contains("S3_PROBE skipped an earlier step failed", "S3_REGION skipped an earlier step failed");
    }

    @Test
    void wrongS3SecretIsReportedWithoutIt(RedshiftStandIn standIn) throws Exception {
        String bucket = S3Server.get().createBucket("staging-badkey");
        Map<String, Object> keys = s3Keys(standIn, bucket);
        keys.put("s3_creds.aws_secret_access_key", "Wrong-S3-Secret-0000");

        ConnectionTestReport report = tester().test(TestProfiles.bind(keys), ConnectionTestListener.NONE);

        CheckResult.Failed failed = failure(report);
        assertThat(failed.check()).isEqualTo(ConnectionCheck.S3_BUCKET);
        assertThat(report.toString()).doesNotContain("Wrong-S3-Secret-0000");
    }

    @Test
    void localS3ByHostNameNeedsThePathStyleToggle(RedshiftStandIn standIn) throws Exception {
        String bucket = S3Server.get().createBucket("staging-by-name");
        System.setProperty(
                "aws.endpointUrlS3",
                "http://" + TestHostResolver.S3_HOST + ":"
                        + S3Server.get().endpoint().getPort());
        Map<String, Object> keys = s3Keys(standIn, bucket);

        // Virtual-hosted style asks for <bucket>.<host>, which no resolver knows (TestHostResolver).
        CheckResult.Failed failed = failure(tester().test(TestProfiles.bind(keys), ConnectionTestListener.NONE));
        assertThat(failed.check()).isEqualTo(ConnectionCheck.S3_BUCKET);
        assertThat(failed.problem()).isEqualTo("The S3 endpoint for bucket '" + bucket + "' does not resolve.");
        assertThat(failed.fix()).contains("REDSHIFT_LOADER_S3_FORCE_PATH_STYLE=true");

        System.setProperty("redshiftloader.s3.forcePathStyle", "true");
        assertThat(tester().test(TestProfiles.bind(keys), ConnectionTestListener.NONE)
                        .passed())
                .isTrue();
    }
}
