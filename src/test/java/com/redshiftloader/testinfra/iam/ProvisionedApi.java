package com.redshiftloader.testinfra.iam;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Provisioned Redshift's {@code GetClusterCredentials} and {@code GetClusterCredentialsWithIAM} over the Query
 * protocol.
 */
final class ProvisionedApi {

    static final String GET_CLUSTER_CREDENTIALS = "GetClusterCredentials";
    static final String GET_CLUSTER_CREDENTIALS_WITH_IAM = "GetClusterCredentialsWithIAM";

    private final FakeAccount account;

    ProvisionedApi(FakeAccount account) {
        this.account = account;
    }

    static Call parse(String body) {
        Map<String, String> form = QueryWire.parseForm(body);
        String duration = form.get("DurationSeconds");
        return new Call(
                form.getOrDefault("Action", ""),
                form.get("ClusterIdentifier"),
                form.get("DbUser"),
                form.get("DbName"),
                Boolean.parseBoolean(form.get("AutoCreate")),
                QueryWire.listParameter(form, "DbGroups"),
                duration == null || !duration.matches("\\d{1,9}") ? null : Integer.valueOf(duration));
    }

    /** Answers an authenticated call; the action decides the user name Redshift returns. */
    Map<String, String> answer(Call call, AccessKey key) throws ApiException {
        boolean withIam = call.action().equals(GET_CLUSTER_CREDENTIALS_WITH_IAM);
        if (!withIam && !call.action().equals(GET_CLUSTER_CREDENTIALS)) {
            throw new ApiException(
                    400, "InvalidAction", "Could not find operation " + call.action() + " for version 2012-12-01");
        }
        require(call.resource(), "ClusterIdentifier");
        if (!withIam) {
            require(call.dbUser(), "DbUser");
        }
        String iamAction = "redshift:" + call.action();
        String resource = withIam
                ? "dbname:" + call.resource() + "/" + (call.dbName() == null ? "*" : call.dbName())
                : "dbuser:" + call.resource() + "/" + call.dbUser();
        account.authorize(Protocol.QUERY, key, iamAction, account.arn("redshift", resource));
        if (!account.clusters.contains(call.resource())) {
            throw new ApiException(404, "ClusterNotFound", "Cluster " + call.resource() + " not found.");
        }
        int seconds = duration(call.durationSeconds());
        Instant expiration = account.now().plusSeconds(seconds).truncatedTo(ChronoUnit.SECONDS);
        return withIam ? withIam(call, key, expiration, seconds) : withDbUser(call, expiration);
    }

    /** Redshift prefixes {@code IAMA:} when it may create the user and {@code IAM:} when it must exist. */
    private Map<String, String> withDbUser(Call call, Instant expiration) {
        String login = (call.autoCreate() ? "IAMA:" : "IAM:") + call.dbUser();
        String password = account.issue(new DatabaseLogins.Grant(
                login, call.dbUser(), call.autoCreate(), call.dbName(), call.dbGroups(), expiration));
        Map<String, String> result = new LinkedHashMap<>();
        result.put("DbUser", login);
        result.put("DbPassword", password);
        result.put("Expiration", expiration.toString());
        return result;
    }

    private Map<String, String> withIam(Call call, AccessKey key, Instant expiration, int seconds) {
        String login = key.identityDbUser();
        String password =
                account.issue(new DatabaseLogins.Grant(login, null, true, call.dbName(), List.of(), expiration));
        Map<String, String> result = new LinkedHashMap<>();
        result.put("DbUser", login);
        result.put("DbPassword", password);
        result.put("Expiration", expiration.toString());
        // Redshift suggests refreshing well before expiry; a quarter of the lifetime early is close enough here.
        result.put("NextRefreshTime", expiration.minusSeconds(seconds / 4).toString());
        return result;
    }

    private static void require(String value, String name) throws ApiException {
        if (value == null || value.isEmpty()) {
            throw new ApiException(400, "MissingParameter", "The request must contain the parameter " + name);
        }
    }

    private static int duration(Integer requested) throws ApiException {
        if (requested == null) {
            return 900;
        }
        if (requested < 900 || requested > 3600) {
            throw new ApiException(
                    400, "InvalidParameterValue", "DurationSeconds must be between 900 and 3600 seconds.");
        }
        return requested;
    }
}
