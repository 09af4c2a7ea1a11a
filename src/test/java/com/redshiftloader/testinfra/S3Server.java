package com.redshiftloader.testinfra;

import java.net.URI;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * A real S3-compatible server (S3Proxy 4 over an in-memory store) on loopback, one per test JVM. It checks SigV4
 * signatures against {@link #ACCESS_KEY}/{@link #SECRET_KEY}, and accepts the SDK's flexible checksums.
 */
public final class S3Server {

    public static final String ACCESS_KEY = "AKIATESTS3PROXY00001";
    public static final String SECRET_KEY = "s3proxy-test-secret-key-0000000000000000";
    public static final Region REGION = Region.US_EAST_1;

    private static volatile S3Server instance;

    private final S3Proxy proxy;

    private S3Server(S3Proxy proxy) {
        this.proxy = proxy;
    }

    /** The shared server, started on the first call. */
    public static S3Server get() {
        S3Server server = instance;
        if (server == null) {
            synchronized (S3Server.class) {
                server = instance;
                if (server == null) {
                    server = start();
                    instance = server;
                }
            }
        }
        return server;
    }

    private static S3Server start() {
        try {
            S3Proxy proxy = S3Proxy.builder()
                    .blobStore(new TransientNio2BlobStore())
                    .endpoint(URI.create("http://127.0.0.1:0"))
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                    .build();
            proxy.start();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!"STARTED".equals(proxy.getState())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("S3Proxy did not start within 10 s: " + proxy.getState());
                }
                Thread.sleep(10);
            }
            S3Server server = new S3Server(proxy);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "s3proxy-stop"));
            return server;
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the S3 test server", e);
        }
    }

    /** The server's base URL, e.g. {@code http://127.0.0.1:41234}. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    /** An SDK v2 client pointed at this server (endpoint override, path-style addressing). */
    public S3Client client() {
        return S3Client.builder()
                .endpointOverride(endpoint())
                .region(REGION)
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .serviceConfiguration(
                        S3Configuration.builder().pathStyleAccessEnabled(true).build())
                .build();
    }

    /** Creates a bucket with a unique name and returns that name. */
    public String createBucket(String hint) {
        String bucket = (hint + "-" + Long.toHexString(System.nanoTime()))
                .toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9-]", "-");
        try (S3Client client = client()) {
            client.createBucket(b -> b.bucket(bucket));
        }
        return bucket;
    }

    private void stop() {
        try {
            proxy.stop();
        } catch (Exception e) {
            System.err.println("Could not stop S3Proxy: " + e.getMessage());
        }
    }
}
