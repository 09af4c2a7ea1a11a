package com.redshiftloader.domain.connection;

/** The steps of a connection test, in the order they run. */
public enum ConnectionCheck {
    RESOLVE_HOST("Resolve host"),
    OPEN_TCP("Open TCP connection"),
    TLS("TLS"),
    IAM_CREDENTIALS("Obtain temporary credentials"),
    AUTHENTICATE("Log in"),
    SERVER_VERSION("Server version"),
    SCHEMA("Schema"),
    TABLE("Table"),
    S3_BUCKET("S3 bucket reachable"),
    S3_PROBE("S3 write and delete"),
    S3_REGION("S3 bucket region");

    private final String title;

    ConnectionCheck(String title) {
        this.title = title;
    }

    /** The step's name as the user sees it. */
    public String title() {
        return title;
    }
}
