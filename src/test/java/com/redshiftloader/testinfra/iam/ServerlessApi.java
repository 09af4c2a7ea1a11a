package com.redshiftloader.testinfra.iam;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Redshift Serverless {@code GetCredentials} over the JSON 1.1 protocol. */
final class ServerlessApi {

    static final String TARGET_PREFIX = "RedshiftServerless.";
    static final String GET_CREDENTIALS = "GetCredentials";

    private final FakeAccount account;

    ServerlessApi(FakeAccount account) {
        this.account = account;
    }

    /** Reads the call; the operation comes from {@code X-Amz-Target}, e.g. {@code RedshiftServerless.GetCredentials}. */
    static Call parse(String target, String body) throws ApiException {
        String action = target != null && target.startsWith(TARGET_PREFIX)
                ? target.substring(TARGET_PREFIX.length())
                : String.valueOf(target);
        JsonNode json = JsonWire.parse(body);
        JsonNode duration = json.get("durationSeconds");
        return new Call(
                action,
                text(json, "workgroupName"),
                null,
                text(json, "dbName"),
                true,
                List.of(),
                duration == null || !duration.canConvertToInt() ? null : duration.intValue());
    }

    /** Answers an authenticated call with the identity-based user Serverless derives from the caller. */
    Map<String, Object> answer(Call call, AccessKey key) throws ApiException {
        if (!call.action().equals(GET_CREDENTIALS)) {
            throw new ApiException(400, "UnknownOperationException", "Unknown operation " + call.action());
        }
        String workgroup = call.resource();
        String resourceArn = account.arn("redshift-serverless", "workgroup/" + workgroup);
        account.authorize(Protocol.JSON, key, "redshift-serverless:GetCredentials", resourceArn);
        if (workgroup == null || !account.workgroups.contains(workgroup)) {
            throw new ApiException(400, "ResourceNotFoundException", "Workgroup " + workgroup + " not found.");
        }
        int seconds = call.durationSeconds() == null ? 900 : call.durationSeconds();
        if (seconds < 900 || seconds > 3600) {
            throw new ApiException(400, "ValidationException", "durationSeconds must be between 900 and 3600.");
        }
        Instant expiration = account.now().plusSeconds(seconds).truncatedTo(ChronoUnit.SECONDS);
        String login = key.identityDbUser();
        String password =
                account.issue(new DatabaseLogins.Grant(login, null, true, call.dbName(), List.of(), expiration));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("dbUser", login);
        result.put("dbPassword", password);
        result.put("expiration", expiration.getEpochSecond());
        result.put("nextRefreshTime", expiration.minusSeconds(seconds / 4).getEpochSecond());
        return result;
    }

    private static String text(JsonNode json, String field) {
        JsonNode node = json.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }
}
