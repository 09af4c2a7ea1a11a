package com.redshiftloader.testinfra.iam;

import java.util.List;

/**
 * One request the endpoint answered, for assertions on what the code under test asked for.
 *
 * @param action the Query {@code Action} or the JSON operation name from {@code X-Amz-Target}
 * @param resource the cluster identifier or workgroup name ({@code null} if absent)
 * @param dbUser the requested {@code DbUser} ({@code null} for the identity-based actions)
 * @param autoCreate the requested {@code AutoCreate} ({@code false} if absent)
 * @param durationSeconds the requested duration, or {@code null} if absent
 * @param accessKeyId the key id from the signature's credential scope ({@code null} if unsigned)
 * @param errorCode the AWS error code of the answer, or {@code null} if it succeeded
 */
public record RecordedRequest(
        String action,
        String resource,
        String dbUser,
        String dbName,
        boolean autoCreate,
        List<String> dbGroups,
        Integer durationSeconds,
        String accessKeyId,
        String errorCode) {

    public RecordedRequest {
        dbGroups = List.copyOf(dbGroups);
    }

    public boolean succeeded() {
        return errorCode == null;
    }
}
