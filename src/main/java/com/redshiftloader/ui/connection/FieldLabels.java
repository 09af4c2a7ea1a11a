package com.redshiftloader.ui.connection;

import com.redshiftloader.domain.profile.ProfileKey;

/** What the editor calls each profile key, and the hint shown in its empty field. */
final class FieldLabels {

    private FieldLabels() {}

    static String label(ProfileKey key) {
        return switch (key) {
            case ENGINE -> "Engine";
            case HOST -> "Host";
            case PORT -> "Port";
            case DATABASE -> "Database";
            case SSL_MODE -> "TLS (SSL mode)";
            case CONNECT_TIMEOUT -> "Connect timeout (s)";
            case AUTH -> "Login";
            case USER -> "User";
            case PASSWORD -> "Password";
            case REGION -> "AWS region";
            case ACCESS_KEY_ID -> "Access key ID";
            case SECRET_ACCESS_KEY -> "Secret access key";
            case SESSION_TOKEN -> "Session token";
            case AWS_PROFILE -> "AWS profile (instead of keys)";
            case CLUSTER_IDENTIFIER -> "Cluster identifier";
            case WORKGROUP -> "Serverless workgroup";
            case DB_USER -> "Database user";
            case DB_GROUPS -> "Database groups";
            case AUTO_CREATE -> "Create the user if missing";
            case SCHEMA -> "Schema";
            case TABLE -> "Table";
            case SKIP_SCHEMA_CREATION -> "Never create the schema";
            case LOWER_CASE -> "Lower-case column names";
            case USE_MERGE_LOAD -> "Merge (upsert) instead of append";
            case UNIQUE_CONSTRAINTS -> "Merge keys";
            case USE_S3_COPY -> "Stage in S3 and COPY";
            case SECRETS_INLINE -> "Keep secrets in the profile file";
            case S3_ACCESS_KEY_ID -> "Access key ID";
            case S3_SECRET_ACCESS_KEY -> "Secret access key";
            case S3_REGION -> "Bucket region";
            case S3_BUCKET -> "Bucket";
            case S3_PREFIX -> "Key prefix";
            case S3_IAM_ROLE -> "Role for COPY (ARN)";
            default -> key.leafName();
        };
    }

    static String prompt(ProfileKey key) {
        return switch (key) {
            case HOST -> "my-cluster.abc123.us-west-2.redshift.amazonaws.com";
            case DATABASE -> "dev";
            case REGION -> "taken from the host when it is an AWS host name";
            case DB_GROUPS, UNIQUE_CONSTRAINTS -> "comma separated";
            case PASSWORD, SECRET_ACCESS_KEY, S3_SECRET_ACCESS_KEY, SESSION_TOKEN -> "value or ${env:NAME}";
            case S3_IAM_ROLE -> "arn:aws:iam::123456789012:role/RedshiftCopy";
            case S3_PREFIX -> "redshift-loader/";
            case CONNECT_TIMEOUT -> "15";
            default -> "";
        };
    }

    /**
     * The hint beside a marked field, naming it: "Host is required: …" for a message that continues the key's name,
     * "AWS region: IAM login needs …" for one that is a sentence of its own.
     */
    static String hint(ProfileKey key, String problem) {
        boolean continuesTheName = problem.startsWith("is ") || problem.startsWith("must ");
        return label(key) + (continuesTheName ? " " : ": ") + problem;
    }

    /** A node id for the key's field: {@code field-host}, {@code field-s3_creds-bucket}. */
    static String id(ProfileKey key) {
        return "field-" + key.path().replace('.', '-');
    }
}
