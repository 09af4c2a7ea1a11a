package com.redshiftloader.domain.profile;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every key a profile file may hold, in the order they are written. Mage's keys keep Mage's names; the others are
 * this tool's additions (docs/profiles.md marks which). Nested keys are written as paths, e.g. {@code s3_creds.bucket}.
 */
public enum ProfileKey {
    ENGINE("engine", Kind.TEXT, Section.CONNECTION),
    HOST("host", Kind.TEXT, Section.CONNECTION),
    PORT("port", Kind.INTEGER, Section.CONNECTION),
    DATABASE("database", Kind.TEXT, Section.CONNECTION),
    SSL_MODE("ssl_mode", Kind.TEXT, Section.CONNECTION),
    CONNECT_TIMEOUT("connect_timeout", Kind.INTEGER, Section.CONNECTION),
    AUTH("auth", Kind.TEXT, Section.AUTHENTICATION),
    USER("user", Kind.TEXT, Section.AUTHENTICATION),
    PASSWORD("password", Kind.SECRET, Section.AUTHENTICATION),
    REGION("region", Kind.TEXT, Section.AUTHENTICATION),
    ACCESS_KEY_ID("access_key_id", Kind.TEXT, Section.AUTHENTICATION),
    SECRET_ACCESS_KEY("secret_access_key", Kind.SECRET, Section.AUTHENTICATION),
    SESSION_TOKEN("session_token", Kind.SECRET, Section.AUTHENTICATION),
    AWS_PROFILE("aws_profile", Kind.TEXT, Section.AUTHENTICATION),
    CLUSTER_IDENTIFIER("cluster_identifier", Kind.TEXT, Section.AUTHENTICATION),
    WORKGROUP("workgroup", Kind.TEXT, Section.AUTHENTICATION),
    DB_USER("db_user", Kind.TEXT, Section.AUTHENTICATION),
    DB_GROUPS("db_groups", Kind.LIST, Section.AUTHENTICATION),
    AUTO_CREATE("auto_create", Kind.BOOLEAN, Section.AUTHENTICATION),
    SCHEMA("schema", Kind.TEXT, Section.DESTINATION),
    TABLE("table", Kind.TEXT, Section.DESTINATION),
    SKIP_SCHEMA_CREATION("skip_schema_creation", Kind.BOOLEAN, Section.DESTINATION),
    LOWER_CASE("lower_case", Kind.BOOLEAN, Section.DESTINATION),
    USE_MERGE_LOAD("use_merge_load", Kind.BOOLEAN, Section.LOAD),
    UNIQUE_CONSTRAINTS("unique_constraints", Kind.LIST, Section.LOAD),
    USE_S3_COPY("use_s3_copy", Kind.BOOLEAN, Section.LOAD),
    SECRETS_INLINE("secrets_inline", Kind.BOOLEAN, Section.LOAD),
    S3_ACCESS_KEY_ID("s3_creds.aws_access_key_id", Kind.TEXT, Section.S3),
    S3_SECRET_ACCESS_KEY("s3_creds.aws_secret_access_key", Kind.SECRET, Section.S3),
    S3_REGION("s3_creds.aws_region", Kind.TEXT, Section.S3),
    S3_BUCKET("s3_creds.bucket", Kind.TEXT, Section.S3),
    S3_PREFIX("s3_creds.prefix", Kind.TEXT, Section.S3),
    S3_IAM_ROLE("s3_creds.redshift_iam_role", Kind.TEXT, Section.S3),
    TYPE_OBJECT("type_mapping.object", Kind.TEXT, Section.TYPE_MAPPING),
    TYPE_ARRAY("type_mapping.array", Kind.TEXT, Section.TYPE_MAPPING),
    TYPE_STRING("type_mapping.string", Kind.TEXT, Section.TYPE_MAPPING),
    TYPE_DATETIME("type_mapping.datetime", Kind.TEXT, Section.TYPE_MAPPING),
    TYPE_NUMBER("type_mapping.number", Kind.TEXT, Section.TYPE_MAPPING),
    TYPE_INTEGER("type_mapping.integer", Kind.TEXT, Section.TYPE_MAPPING),
    TYPE_BOOLEAN("type_mapping.boolean", Kind.TEXT, Section.TYPE_MAPPING),
    TYPE_DATE("type_mapping.date", Kind.TEXT, Section.TYPE_MAPPING);

    /** What kind of value a key takes. */
    public enum Kind {
        TEXT,
        SECRET,
        INTEGER,
        BOOLEAN,
        LIST
    }

    /** The editor's groups. */
    public enum Section {
        CONNECTION,
        AUTHENTICATION,
        DESTINATION,
        LOAD,
        S3,
        TYPE_MAPPING
    }

    /** The keys that hold a map of nested keys. */
    public static final List<String> GROUPS = List.of("s3_creds", "type_mapping");

    private final String path;
    private final Kind kind;
    private final Section section;

    ProfileKey(String path, Kind kind, Section section) {
        this.path = path;
        this.kind = kind;
        this.section = section;
    }

    /** The key as written in YAML, nested keys joined with a dot. */
    public String path() {
        return path;
    }

    public Kind kind() {
        return kind;
    }

    public Section section() {
        return section;
    }

    /** For type_mapping keys, the category name ({@code string}, {@code number}, …). */
    public String leafName() {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** The login a key belongs to, when it applies to one only. */
    public enum Login {
        PASSWORD,
        IAM
    }

    /** Whether the key applies to password login only, IAM login only, or both (empty). */
    public Optional<Login> login() {
        return switch (this) {
            case USER, PASSWORD -> Optional.of(Login.PASSWORD);
            case ACCESS_KEY_ID,
                    SECRET_ACCESS_KEY,
                    SESSION_TOKEN,
                    AWS_PROFILE,
                    CLUSTER_IDENTIFIER,
                    WORKGROUP,
                    DB_USER,
                    DB_GROUPS,
                    AUTO_CREATE -> Optional.of(Login.IAM);
            default -> Optional.empty();
        };
    }

    public static Optional<ProfileKey> fromPath(String path) {
        return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst();
    }
}
