package com.redshiftloader.testinfra.iam;

import java.util.List;

/** What a request asks for, read from its body before authentication so that even refused calls are recorded. */
record Call(
        String action,
        String resource,
        String dbUser,
        String dbName,
        boolean autoCreate,
        List<String> dbGroups,
        Integer durationSeconds) {

    RecordedRequest recorded(String accessKeyId, String errorCode) {
        return new RecordedRequest(
                action, resource, dbUser, dbName, autoCreate, dbGroups, durationSeconds, accessKeyId, errorCode);
    }
}
