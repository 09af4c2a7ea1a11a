package com.redshiftloader.infra.aws;

/**
 * An object uploaded to the staging prefix.
 *
 * @param key the object key
 * @param url {@code s3://bucket/key}
 * @param bytes the object's size
 * @param multipart whether it went up by multipart upload
 */
public record StagedObject(String key, String url, long bytes, boolean multipart) {}
