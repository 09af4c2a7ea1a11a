package com.redshiftloader.domain.profile;

/**
 * Something wrong with one key of a profile, said so that the user knows what to change.
 *
 * @param key the key's path as written in YAML ({@code port}, {@code s3_creds.bucket})
 */
public record ProfileProblem(String key, String message) {}
