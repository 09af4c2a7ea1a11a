package com.redshiftloader.domain.profile;

import com.redshiftloader.domain.schema.types.InvalidTypeException;
import com.redshiftloader.domain.schema.types.RedshiftTypeParser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds a {@link ConnectionProfile} from its keys (Mage's names, see {@link ProfileKey}) and checks it strictly:
 * unknown keys (with a suggestion), values of the wrong type, ports out of range, half-filled IAM or S3 settings, and
 * type_mapping values that are not Redshift types. Every problem is reported, not only the first.
 */
public final class ProfileBinder {

    private final Function<String, Optional<String>> typeProblem;

    /**
     * @param typeProblem says what is wrong with a type name written in {@code type_mapping}, or empty when it is a
     *     valid Redshift type
     */
    public ProfileBinder(Function<String, Optional<String>> typeProblem) {
        this.typeProblem = typeProblem;
    }

    /** A binder that checks type_mapping values with the Redshift type parser. */
    public static ProfileBinder withRedshiftTypes() {
        return new ProfileBinder(type -> {
            try {
                RedshiftTypeParser.parse(type);
                return Optional.empty();
            } catch (InvalidTypeException e) {
                return Optional.of(e.getMessage());
            }
        });
    }

    /** Builds the profile named {@code name} from keys written as paths ({@code s3_creds.bucket}). */
    public BindResult bind(String name, Map<String, Object> raw) {
        ProfileValues values = new ProfileValues(raw);
        reportUnknownKeys(raw, values);
        Engine engine = engine(values);
        String host = required(
                values,
                ProfileKey.HOST,
                "the server's host name, e.g. my-cluster.abc123.us-west-2.redshift.amazonaws.com");
        int port = port(values, engine);
        String database = required(values, ProfileKey.DATABASE, "the database name, e.g. dev");
        Optional<String> region = values.text(ProfileKey.REGION).or(() -> AwsHostNames.region(host));
        AuthMethod auth = new AuthBinder(values, region).bind();
        SslMode sslMode = sslMode(values);
        Duration timeout = timeout(values);
        boolean useS3Copy = values.bool(ProfileKey.USE_S3_COPY, false);
        Optional<S3Staging> s3 = new S3Binder(values).bind(useS3Copy);
        Map<String, String> typeMapping = typeMapping(values);
        ConnectionProfile profile = new ConnectionProfile(
                name,
                engine,
                host,
                port,
                database,
                auth,
                values.text(ProfileKey.SCHEMA).orElse("public"),
                values.text(ProfileKey.TABLE),
                region,
                sslMode,
                timeout,
                values.bool(ProfileKey.USE_MERGE_LOAD, false),
                useS3Copy,
                s3,
                typeMapping,
                values.bool(ProfileKey.SKIP_SCHEMA_CREATION, false),
                values.bool(ProfileKey.LOWER_CASE, true),
                values.list(ProfileKey.UNIQUE_CONSTRAINTS),
                values.bool(ProfileKey.SECRETS_INLINE, false));
        return values.problems().isEmpty() ? new BindResult.Valid(profile) : new BindResult.Invalid(values.problems());
    }

    private static Engine engine(ProfileValues values) {
        return values.text(ProfileKey.ENGINE)
                .map(text -> Engine.fromYaml(text).orElseGet(() -> {
                    values.problem(ProfileKey.ENGINE, "must be redshift or postgres; found \"" + text + "\"");
                    return Engine.REDSHIFT;
                }))
                .orElse(Engine.REDSHIFT);
    }

    private static SslMode sslMode(ProfileValues values) {
        return values.text(ProfileKey.SSL_MODE)
                .map(text -> SslMode.fromYaml(text).orElseGet(() -> {
                    values.problem(
                            ProfileKey.SSL_MODE,
                            "must be disable, require, verify-ca or verify-full; found \"" + text + "\"");
                    return SslMode.VERIFY_CA;
                }))
                .orElse(SslMode.VERIFY_CA);
    }

    private static void reportUnknownKeys(Map<String, Object> raw, ProfileValues values) {
        for (String key : raw.keySet()) {
            if (ProfileKey.fromPath(key).isEmpty()) {
                String suggestion = KeySuggestions.closest(key)
                        .map(known -> " — did you mean '" + known + "'?")
                        .orElse(" — remove it or check its spelling");
                values.problems().add(new ProfileProblem(key, "unknown key '" + key + "'" + suggestion));
            }
        }
    }

    private static String required(ProfileValues values, ProfileKey key, String what) {
        Optional<String> value = values.text(key);
        if (value.isEmpty() && values.problems().stream().noneMatch(p -> p.key().equals(key.path()))) {
            values.problem(key, "is required: " + what);
        }
        return value.orElse("");
    }

    private static int port(ProfileValues values, Engine engine) {
        Optional<Long> port = values.integer(ProfileKey.PORT);
        if (port.isPresent() && (port.get() < 1 || port.get() > 65_535)) {
            values.problem(
                    ProfileKey.PORT,
                    "must be between 1 and 65535; found " + port.get() + " (Redshift listens on 5439 by default)");
            return engine.defaultPort();
        }
        return port.map(Long::intValue).orElse(engine.defaultPort());
    }

    private static Duration timeout(ProfileValues values) {
        Optional<Long> seconds = values.integer(ProfileKey.CONNECT_TIMEOUT);
        if (seconds.isPresent() && (seconds.get() < 1 || seconds.get() > 3_600)) {
            values.problem(ProfileKey.CONNECT_TIMEOUT, "must be between 1 and 3600 seconds; found " + seconds.get());
            return ConnectionProfile.DEFAULT_CONNECT_TIMEOUT;
        }
        return seconds.map(Duration::ofSeconds).orElse(ConnectionProfile.DEFAULT_CONNECT_TIMEOUT);
    }

    private Map<String, String> typeMapping(ProfileValues values) {
        Map<String, String> mapping = new LinkedHashMap<>();
        List<ProfileKey> keys = new ArrayList<>();
        for (ProfileKey key : ProfileKey.values()) {
            if (key.section() == ProfileKey.Section.TYPE_MAPPING) {
                keys.add(key);
            }
        }
        for (ProfileKey key : keys) {
            values.text(key).ifPresent(type -> typeProblem
                    .apply(type)
                    .ifPresentOrElse(
                            problem -> values.problem(key, "'" + type + "' is not a Redshift type: " + problem),
                            () -> mapping.put(key.leafName(), type)));
        }
        return mapping;
    }
}
