package com.redshiftloader.domain.profile;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A saved connection: where to connect, how to log in, and the load defaults. Keys follow Mage's Redshift
 * destination (see {@link ProfileKey}); a profile is built from them by {@link ProfileBinder}.
 *
 * @param name the profile's name (its file name in the store)
 * @param typeMapping Mage's {@code type_mapping}: category ({@code string}, {@code number}, …) to a Redshift type
 * @param uniqueConstraints the merge keys
 * @param secretsInline whether secrets are saved in the profile file itself (Mage style) instead of a separate file
 */
public record ConnectionProfile(
        String name,
        Engine engine,
        String host,
        int port,
        String database,
        AuthMethod auth,
        String schema,
        Optional<String> table,
        Optional<String> region,
        SslMode sslMode,
        Duration connectTimeout,
        boolean useMergeLoad,
        boolean useS3Copy,
        Optional<S3Staging> s3Staging,
        Map<String, String> typeMapping,
        boolean skipSchemaCreation,
        boolean lowerCase,
        List<String> uniqueConstraints,
        boolean secretsInline) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(15);

    public ConnectionProfile {
        typeMapping = Collections.unmodifiableMap(new LinkedHashMap<>(typeMapping));
        uniqueConstraints = List.copyOf(uniqueConstraints);
    }

    /** The same profile under another name. */
    public ConnectionProfile withName(String newName) {
        return new ConnectionProfile(
                newName,
                engine,
                host,
                port,
                database,
                auth,
                schema,
                table,
                region,
                sslMode,
                connectTimeout,
                useMergeLoad,
                useS3Copy,
                s3Staging,
                typeMapping,
                skipSchemaCreation,
                lowerCase,
                uniqueConstraints,
                secretsInline);
    }
}
