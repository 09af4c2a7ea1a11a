package com.redshiftloader.domain.profile;

import java.util.Arrays;
import java.util.Optional;

/** How the connection uses TLS. The Redshift driver's default is {@link #VERIFY_CA}. */
public enum SslMode {
    DISABLE("disable"),
    REQUIRE("require"),
    VERIFY_CA("verify-ca"),
    VERIFY_FULL("verify-full");

    private final String yamlName;

    SslMode(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    public static Optional<SslMode> fromYaml(String name) {
        return Arrays.stream(values()).filter(m -> m.yamlName.equals(name)).findFirst();
    }
}
