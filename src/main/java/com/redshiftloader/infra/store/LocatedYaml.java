package com.redshiftloader.infra.store;

import java.util.Map;
import java.util.Optional;

/**
 * A profile file's keys flattened to paths ({@code s3_creds.bucket}) with their values, and the line each key
 * stands on, for messages that say where to look.
 */
record LocatedYaml(String source, Map<String, Object> values, Map<String, Integer> lines) {

    /** "prod.yaml:4", or just the file when the key is not in it. */
    String locate(String key) {
        return Optional.ofNullable(lines.get(key))
                .map(line -> source + ":" + line)
                .orElse(source);
    }
}
