package com.redshiftloader.infra.sandbox;

import com.redshiftloader.domain.profile.AuthMethod;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.profile.Engine;
import com.redshiftloader.domain.profile.SslMode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "Local sandbox": a PostgreSQL server (zonky's embedded binaries) with its data in the user's data directory,
 * started on first use and stopped on exit, so a new user can try every step without an AWS account. Its data stays
 * between runs. It listens on loopback only and trusts local connections, like a developer's own PostgreSQL.
 */
public final class LocalSandbox implements AutoCloseable {

    public static final String PROFILE_NAME = "Local sandbox";
    public static final String DATABASE = "postgres";
    public static final String USER = "postgres";

    private static final Logger LOG = LoggerFactory.getLogger(LocalSandbox.class);

    private final Path dataDirectory;
    private EmbeddedPostgres postgres;

    /** @param root the directory under which the sandbox keeps its database ({@code <data dir>/sandbox}) */
    public LocalSandbox(Path root) {
        this.dataDirectory = root.resolve("pgdata");
    }

    /** Starts the server if it is not running, and returns the profile that connects to it. */
    public synchronized ConnectionProfile start() {
        if (postgres == null) {
            try {
                Files.createDirectories(dataDirectory.getParent());
                long started = System.nanoTime();
                postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(false)
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .start();
                LOG.info(
                        "Local sandbox started on port {} in {} ms (data in {})",
                        postgres.getPort(),
                        (System.nanoTime() - started) / 1_000_000,
                        dataDirectory);
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "The local sandbox could not start its PostgreSQL in " + dataDirectory + ": " + e.getMessage()
                                + ". Check that the directory is writable, or delete it to start afresh.",
                        e);
            }
        }
        return profile(postgres.getPort());
    }

    /** The port it listens on, while it runs. */
    public synchronized java.util.OptionalInt port() {
        return postgres == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(postgres.getPort());
    }

    /** The profile of the sandbox listening on the given port. */
    public static ConnectionProfile profile(int port) {
        return new ConnectionProfile(
                PROFILE_NAME,
                Engine.POSTGRES,
                "127.0.0.1",
                port,
                DATABASE,
                new AuthMethod.Password(USER, Optional.empty()),
                "public",
                Optional.empty(),
                Optional.empty(),
                SslMode.DISABLE,
                ConnectionProfile.DEFAULT_CONNECT_TIMEOUT,
                false,
                false,
                Optional.empty(),
                Map.of(),
                false,
                true,
                List.of(),
                false);
    }

    /** Stops the server; its data stays for the next start. */
    @Override
    public synchronized void close() {
        if (postgres != null) {
            try {
                postgres.close();
                LOG.info("Local sandbox stopped");
            } catch (IOException e) {
                LOG.warn("The local sandbox did not stop cleanly: {}", e.getMessage());
            } finally {
                postgres = null;
            }
        }
    }
}
