package com.redshiftloader.domain.profile;

import com.redshiftloader.domain.sql.PostgresDialect;
import com.redshiftloader.domain.sql.RedshiftDialect;
import com.redshiftloader.domain.sql.SqlDialect;
import java.util.Arrays;
import java.util.Optional;

/** The kind of database a profile loads into. */
public enum Engine {
    /** Amazon Redshift, through the Redshift JDBC driver. */
    REDSHIFT("redshift", 5439),
    /** PostgreSQL (and the local sandbox), through the PostgreSQL JDBC driver. */
    POSTGRES("postgres", 5432);

    private final String yamlName;
    private final int defaultPort;

    Engine(String yamlName, int defaultPort) {
        this.yamlName = yamlName;
        this.defaultPort = defaultPort;
    }

    public String yamlName() {
        return yamlName;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** The SQL this engine is loaded with: Redshift's, or PostgreSQL's where it differs. */
    public SqlDialect dialect() {
        return switch (this) {
            case REDSHIFT -> new RedshiftDialect();
            case POSTGRES -> new PostgresDialect();
        };
    }

    public static Optional<Engine> fromYaml(String name) {
        return Arrays.stream(values()).filter(e -> e.yamlName.equals(name)).findFirst();
    }
}
