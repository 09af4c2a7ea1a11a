package com.redshiftloader.testinfra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * One PostgreSQL 17 server (zonky embedded binaries) per test JVM, started on first use and stopped at JVM exit.
 *
 * <p>The Redshift JDBC driver cannot do SCRAM, so the server stores md5 passwords and asks TCP clients for md5
 * (as Redshift does); only the bootstrap superuser {@code postgres} is trusted, and only for the fixtures' own
 * administration.
 */
public final class EmbeddedPostgresServer {

    /** The login role tests connect as, with a password, through the Redshift driver. */
    public static final String LOGIN_USER = "loader";

    public static final String LOGIN_PASSWORD = "Loader-Secret-42";

    private static volatile EmbeddedPostgresServer instance;

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** The shared server, started on the first call. */
    public static EmbeddedPostgresServer get() {
        EmbeddedPostgresServer server = instance;
        if (server == null) {
            synchronized (EmbeddedPostgresServer.class) {
                server = instance;
                if (server == null) {
                    server = start();
                    instance = server;
                }
            }
        }
        return server;
    }

    private static EmbeddedPostgresServer start() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("password_encryption", "md5")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setDataDirectoryCustomizer(dataDirectory -> {
                        try {
                            Files.writeString(dataDirectory.toPath().resolve("pg_hba.conf"), """
                                    local all all trust
                                    host all postgres 127.0.0.1/32 trust
                                    host all all 127.0.0.1/32 md5
                                    host all all ::1/128 md5
                                    """);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres);
            server.execute("postgres", "CREATE ROLE " + LOGIN_USER + " LOGIN PASSWORD '" + LOGIN_PASSWORD + "'");
            server.execute("postgres", "GRANT pg_read_server_files TO " + LOGIN_USER);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "embedded-postgres-stop"));
            return server;
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL for the tests", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    /** A superuser data source on the given database. */
    public DataSource adminDataSource(String database) {
        return postgres.getDatabase("postgres", database);
    }

    /** A superuser connection on the given database. */
    public Connection adminConnection(String database) throws SQLException {
        return adminDataSource(database).getConnection();
    }

    /** Runs statements as the superuser on the given database. */
    public void execute(String database, String... sql) throws SQLException {
        try (Connection connection = adminConnection(database);
                Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        }
    }

    /** A direct PostgreSQL JDBC URL (pgjdbc) for the database. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    private void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("Could not stop the embedded PostgreSQL: " + e.getMessage());
        }
    }
}
