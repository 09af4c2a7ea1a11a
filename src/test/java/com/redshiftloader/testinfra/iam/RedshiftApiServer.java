package com.redshiftloader.testinfra.iam;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in for the Redshift control-plane APIs that IAM database login uses: provisioned
 * {@code GetClusterCredentials} / {@code GetClusterCredentialsWithIAM} (AWS Query) and Serverless
 * {@code GetCredentials} (AWS JSON 1.1), on {@code 127.0.0.1} at an ephemeral port.
 *
 * <p>Every request must be SigV4-signed by a registered {@link AccessKey} for the right service; the answers are
 * the ones the AWS SDK v2 parses, errors included. Issued credentials are real: the returned user logs in to the
 * embedded PostgreSQL with the returned password until the returned expiration (see {@link DatabaseLogins}).
 *
 * <p>Starts with one key ({@link #ACCESS_KEY_ID}/{@link #SECRET_ACCESS_KEY}, IAM user {@code awsuser}), one cluster
 * ({@link #CLUSTER}) and one workgroup ({@link #WORKGROUP}).
 */
public final class RedshiftApiServer implements AutoCloseable {

    public static final String REGION = "us-west-2";
    public static final String ACCESS_KEY_ID = "AKIAREDSHIFTAPITEST1";
    public static final String SECRET_ACCESS_KEY = "redshift-api-test-secret-0000000000000000";
    public static final String CLUSTER = "test-cluster";
    public static final String WORKGROUP = "test-workgroup";

    private static final Pattern CREDENTIAL_KEY_ID = Pattern.compile("Credential=([^/,\\s]+)/");

    private final FakeAccount account;
    private final SigV4Verifier verifier;
    private final ProvisionedApi provisioned;
    private final ServerlessApi serverless;
    private final HttpServer http;
    private final ExecutorService executor;

    private RedshiftApiServer(Clock clock) throws IOException {
        account = new FakeAccount(REGION, clock);
        verifier = new SigV4Verifier(account.keys::get, clock);
        provisioned = new ProvisionedApi(account);
        serverless = new ServerlessApi(account);
        registerKey(AccessKey.forUser(ACCESS_KEY_ID, SECRET_ACCESS_KEY, "awsuser"));
        addCluster(CLUSTER);
        addWorkgroup(WORKGROUP);
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        executor = Executors.newVirtualThreadPerTaskExecutor();
        http.setExecutor(executor);
        http.createContext("/", this::handle);
        http.start();
    }

    /** Starts a server that checks signing dates against the system clock. */
    public static RedshiftApiServer start() {
        return start(Clock.systemUTC());
    }

    /** Starts a server whose notion of "now" (signature window, expirations) comes from {@code clock}. */
    public static RedshiftApiServer start(Clock clock) {
        try {
            return new RedshiftApiServer(clock);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the Redshift API test server", e);
        }
    }

    /** The base URL to give the SDK as {@code endpointOverride}, e.g. {@code http://127.0.0.1:41234}. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort());
    }

    /** Accepts requests signed with this key from now on (replacing a key with the same id). */
    public void registerKey(AccessKey key) {
        account.keys.put(key.accessKeyId(), key);
    }

    public void addCluster(String clusterIdentifier) {
        account.clusters.add(clusterIdentifier);
    }

    public void addWorkgroup(String workgroupName) {
        account.workgroups.add(workgroupName);
    }

    /** How properly signed requests are answered from now on; see {@link AccessMode}. */
    public void accessMode(AccessMode mode) {
        account.mode(mode);
    }

    /** The requests received so far, oldest first, refused ones included. */
    public List<RecordedRequest> requests() {
        return List.copyOf(account.requests);
    }

    /** Forgets the requests and grants access again; keys, clusters and workgroups stay. */
    public void reset() {
        account.requests.clear();
        account.mode(AccessMode.GRANT);
    }

    @Override
    public void close() {
        http.stop(0);
        executor.close();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            SignedRequest request = signedRequest(exchange, body);
            String requestId = UUID.randomUUID().toString();
            ApiResponse response = request.header("x-amz-target") != null
                    ? answerJson(request, requestId)
                    : answerQuery(request, requestId);
            byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", response.contentType());
            exchange.getResponseHeaders().set("x-amzn-RequestId", requestId);
            if (response.status() >= 400 && response.contentType().equals(JsonWire.CONTENT_TYPE)) {
                // AWS JSON services repeat the error code in a header, which the SDK also reads.
                exchange.getResponseHeaders().set("x-amzn-ErrorType", response.errorCode());
            }
            exchange.sendResponseHeaders(response.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private ApiResponse answerQuery(SignedRequest request, String requestId) {
        Call call = ProvisionedApi.parse(new String(request.body(), StandardCharsets.UTF_8));
        try {
            AccessKey key = verifier.verify(request, Protocol.QUERY);
            ApiResponse response = QueryWire.success(call.action(), provisioned.answer(call, key), requestId);
            record(call, request, null);
            return response;
        } catch (ApiException e) {
            record(call, request, e.error().code());
            return QueryWire.error(e.error(), requestId);
        } catch (RuntimeException e) {
            record(call, request, "InternalFailure");
            return QueryWire.error(new ApiError(500, "InternalFailure", String.valueOf(e)), requestId);
        }
    }

    private ApiResponse answerJson(SignedRequest request, String requestId) {
        Call call = null;
        try {
            call = ServerlessApi.parse(
                    request.header("x-amz-target"), new String(request.body(), StandardCharsets.UTF_8));
            AccessKey key = verifier.verify(request, Protocol.JSON);
            ApiResponse response = JsonWire.success(serverless.answer(call, key));
            record(call, request, null);
            return response;
        } catch (ApiException e) {
            record(call, request, e.error().code());
            return JsonWire.error(e.error());
        } catch (RuntimeException e) {
            record(call, request, "InternalFailure");
            return JsonWire.error(new ApiError(500, "InternalFailure", String.valueOf(e)));
        }
    }

    private void record(Call call, SignedRequest request, String errorCode) {
        if (call == null) {
            call = new Call(String.valueOf(request.header("x-amz-target")), null, null, null, false, List.of(), null);
        }
        String authorization = request.header("authorization");
        Matcher keyId = CREDENTIAL_KEY_ID.matcher(authorization == null ? "" : authorization);
        account.requests.add(call.recorded(keyId.find() ? keyId.group(1) : null, errorCode));
    }

    private static SignedRequest signedRequest(HttpExchange exchange, byte[] body) {
        Map<String, List<String>> headers = new HashMap<>();
        exchange.getRequestHeaders()
                .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        URI uri = exchange.getRequestURI();
        return new SignedRequest(exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(), headers, body);
    }
}
