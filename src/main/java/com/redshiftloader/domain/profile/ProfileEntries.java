package com.redshiftloader.domain.profile;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The inverse of {@link ProfileBinder}: a profile as its keys, in {@link ProfileKey} order, with defaults left out
 * so that a Mage config written back stays a Mage config. Secrets appear as written ({@code ${env:…}} or value).
 */
public final class ProfileEntries {

    private ProfileEntries() {}

    /** All keys with a value, paths as keys ({@code s3_creds.bucket}). */
    public static Map<String, Object> of(ConnectionProfile profile) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (profile.engine() != Engine.REDSHIFT) {
            out.put(ProfileKey.ENGINE.path(), profile.engine().yamlName());
        }
        out.put(ProfileKey.HOST.path(), profile.host());
        out.put(ProfileKey.PORT.path(), profile.port());
        out.put(ProfileKey.DATABASE.path(), profile.database());
        if (profile.sslMode() != SslMode.VERIFY_CA) {
            out.put(ProfileKey.SSL_MODE.path(), profile.sslMode().yamlName());
        }
        if (!profile.connectTimeout().equals(ConnectionProfile.DEFAULT_CONNECT_TIMEOUT)) {
            out.put(ProfileKey.CONNECT_TIMEOUT.path(), profile.connectTimeout().toSeconds());
        }
        putAuth(out, profile.auth());
        profile.region().ifPresent(region -> out.put(ProfileKey.REGION.path(), region));
        out.put(ProfileKey.SCHEMA.path(), profile.schema());
        profile.table().ifPresent(table -> out.put(ProfileKey.TABLE.path(), table));
        out.put(ProfileKey.SKIP_SCHEMA_CREATION.path(), profile.skipSchemaCreation());
        out.put(ProfileKey.LOWER_CASE.path(), profile.lowerCase());
        out.put(ProfileKey.USE_MERGE_LOAD.path(), profile.useMergeLoad());
        if (!profile.uniqueConstraints().isEmpty()) {
            out.put(ProfileKey.UNIQUE_CONSTRAINTS.path(), profile.uniqueConstraints());
        }
        out.put(ProfileKey.USE_S3_COPY.path(), profile.useS3Copy());
        if (profile.secretsInline()) {
            out.put(ProfileKey.SECRETS_INLINE.path(), true);
        }
        profile.s3Staging().ifPresent(s3 -> putS3(out, s3));
        profile.typeMapping().forEach((category, type) -> out.put("type_mapping." + category, type));
        return out;
    }

    /** Whether the key holds a secret (password, secret key, session token). */
    public static boolean isSecret(String path) {
        return ProfileKey.fromPath(path)
                .map(k -> k.kind() == ProfileKey.Kind.SECRET)
                .orElse(false);
    }

    private static void putAuth(Map<String, Object> out, AuthMethod auth) {
        switch (auth) {
            case AuthMethod.Password password -> {
                out.put(ProfileKey.USER.path(), password.user());
                password.password().ifPresent(secret -> out.put(ProfileKey.PASSWORD.path(), secret.asWritten()));
            }
            case AuthMethod.Iam iam -> {
                out.put(ProfileKey.AUTH.path(), "iam");
                putCredentials(out, iam.credentials());
                iam.clusterIdentifier().ifPresent(c -> out.put(ProfileKey.CLUSTER_IDENTIFIER.path(), c));
                iam.workgroup().ifPresent(w -> out.put(ProfileKey.WORKGROUP.path(), w));
                iam.dbUser().ifPresent(u -> out.put(ProfileKey.DB_USER.path(), u));
                if (!iam.dbGroups().isEmpty()) {
                    out.put(ProfileKey.DB_GROUPS.path(), iam.dbGroups());
                }
                if (iam.autoCreate()) {
                    out.put(ProfileKey.AUTO_CREATE.path(), true);
                }
            }
        }
    }

    private static void putCredentials(Map<String, Object> out, AwsCredentialsSource credentials) {
        switch (credentials) {
            case AwsCredentialsSource.AccessKeys keys -> {
                out.put(ProfileKey.ACCESS_KEY_ID.path(), keys.accessKeyId());
                out.put(
                        ProfileKey.SECRET_ACCESS_KEY.path(),
                        keys.secretAccessKey().asWritten());
                keys.sessionToken().ifPresent(t -> out.put(ProfileKey.SESSION_TOKEN.path(), t.asWritten()));
            }
            case AwsCredentialsSource.NamedProfile named -> out.put(ProfileKey.AWS_PROFILE.path(), named.name());
            case AwsCredentialsSource.DefaultChain chain -> {}
        }
    }

    private static void putS3(Map<String, Object> out, S3Staging s3) {
        s3.accessKeyId().ifPresent(k -> out.put(ProfileKey.S3_ACCESS_KEY_ID.path(), k));
        s3.secretAccessKey().ifPresent(s -> out.put(ProfileKey.S3_SECRET_ACCESS_KEY.path(), s.asWritten()));
        s3.region().ifPresent(r -> out.put(ProfileKey.S3_REGION.path(), r));
        out.put(ProfileKey.S3_BUCKET.path(), s3.bucket());
        if (!s3.prefix().equals(S3Staging.DEFAULT_PREFIX)) {
            out.put(ProfileKey.S3_PREFIX.path(), s3.prefix());
        }
        s3.redshiftIamRole().ifPresent(r -> out.put(ProfileKey.S3_IAM_ROLE.path(), r));
    }
}
