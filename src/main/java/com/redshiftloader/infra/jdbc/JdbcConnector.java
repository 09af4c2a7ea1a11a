package com.redshiftloader.infra.jdbc;

import com.redshiftloader.domain.connection.ConnectionCheck;
import com.redshiftloader.domain.connection.ConnectionFailedException;
import com.redshiftloader.domain.connection.DatabaseCredentials;
import com.redshiftloader.domain.profile.AuthMethod;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.profile.Engine;
import com.redshiftloader.domain.profile.SecretUnavailableException;
import com.redshiftloader.domain.profile.SslMode;
import com.redshiftloader.infra.aws.RedshiftCredentialsProvider;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens JDBC connections for a profile: the Redshift driver for {@code engine: redshift}, pgjdbc for
 * {@code engine: postgres}, with the profile's TLS mode and connect timeout. IAM profiles first obtain temporary
 * credentials and log in as exactly the user AWS returns. Credentials travel only in {@link Properties}, never in the
 * URL, a log line or a message.
 */
public final class JdbcConnector {

    /** The name the server shows for our sessions ({@code pg_stat_activity}, {@code stv_sessions}). */
    public static final String APPLICATION_NAME = "Redshift Loader";

    private static final Logger LOG = LoggerFactory.getLogger(JdbcConnector.class);

    private final RedshiftCredentialsProvider iamCredentials;
    private final Function<String, Optional<String>> environment;
    private final AtomicReference<Ahead> ahead = new AtomicReference<>();

    public JdbcConnector(RedshiftCredentialsProvider iamCredentials, Function<String, Optional<String>> environment) {
        this.iamCredentials = iamCredentials;
        this.environment = environment;
    }

    /**
     * Opens a connection, obtaining temporary credentials first for IAM login; the one {@link #openAhead} started
     * for the same profile, when there is one.
     */
    public Connection open(ConnectionProfile profile) throws ConnectionFailedException {
        Ahead opening = ahead.getAndSet(null);
        if (opening != null) {
            if (opening.profile().equals(profile)) {
                return opening.take();
            }
            opening.discard();
        }
        return open(profile, credentials(profile));
    }

    /**
     * Starts opening a connection for the profile on a thread of its own, so that the command line's connection is
     * ready when its load starts (it reads the file meanwhile). The next {@link #open(ConnectionProfile)} for the
     * same profile takes it, or its failure.
     */
    public void openAhead(ConnectionProfile profile) {
        Ahead opening = new Ahead(profile, new FutureTask<>(() -> open(profile, credentials(profile))));
        if (ahead.compareAndSet(null, opening)) {
            Thread.ofPlatform().daemon().name("connect-ahead").start(opening.connection());
        }
    }

    /** A connection being opened ahead. */
    private record Ahead(ConnectionProfile profile, FutureTask<Connection> connection) {

        Connection take() throws ConnectionFailedException {
            try {
                return connection.get();
            } catch (ExecutionException e) {
                switch (e.getCause()) {
                    case ConnectionFailedException failed -> throw failed;
                    case RuntimeException unchecked -> throw unchecked;
                    case Error error -> throw error;
                    default -> throw new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                discard();
                throw new ConnectionFailedException(
                        ConnectionCheck.OPEN_TCP, "Connecting was interrupted.", "Run the command again.");
            }
        }

        void discard() {
            Thread.ofPlatform().daemon().start(() -> {
                try {
                    connection.get().close();
                } catch (Exception ignored) {
                    // nobody waits for this connection: failing to open or close it changes nothing
                }
            });
        }
    }

    /**
     * The credentials the profile logs in with: its user and password, or temporary ones from AWS.
     *
     * @throws ConnectionFailedException when the password is missing, a referenced variable is unset, or AWS refuses
     */
    public DatabaseCredentials credentials(ConnectionProfile profile) throws ConnectionFailedException {
        return switch (profile.auth()) {
            case AuthMethod.Iam iam -> iamCredentials.obtain(profile, iam);
            case AuthMethod.Password password -> {
                try {
                    // No password: the server may not ask for one (the local sandbox trusts loopback); when it does,
                    // the log-in failure says the profile has none.
                    String value = password.password()
                            .map(secret -> secret.resolve(environment))
                            .orElse("");
                    yield new DatabaseCredentials(password.user(), value, Optional.empty());
                } catch (SecretUnavailableException e) {
                    throw new ConnectionFailedException(
                            ConnectionCheck.AUTHENTICATE, e.getMessage(), "Set the variable and try again.");
                }
            }
        };
    }

    /** Opens a connection with the given credentials. */
    public Connection open(ConnectionProfile profile, DatabaseCredentials credentials)
            throws ConnectionFailedException {
        String url = url(profile);
        LOG.info("Connecting to {} as {}", url, credentials.user());
        try {
            Connection connection = driver(profile.engine()).connect(url, properties(profile, credentials));
            if (connection == null) {
                throw new IllegalStateException("The JDBC driver did not accept " + url);
            }
            return connection;
        } catch (SQLException e) {
            throw LoginFailures.describe(profile, credentials.user(), e);
        }
    }

    /** The JDBC URL, with neither user nor password. */
    public static String url(ConnectionProfile profile) {
        String scheme = profile.engine() == Engine.REDSHIFT ? "jdbc:redshift://" : "jdbc:postgresql://";
        String host = profile.host().contains(":") ? "[" + profile.host() + "]" : profile.host();
        String database = URLEncoder.encode(profile.database(), StandardCharsets.UTF_8);
        return scheme + host + ":" + profile.port() + "/" + database;
    }

    static Properties properties(ConnectionProfile profile, DatabaseCredentials credentials) {
        Properties properties = new Properties();
        properties.setProperty("user", credentials.user());
        if (!credentials.password().isEmpty()) {
            properties.setProperty("password", credentials.password());
        }
        long seconds = Math.max(1, profile.connectTimeout().toSeconds());
        properties.setProperty("loginTimeout", Long.toString(seconds));
        properties.setProperty("connectTimeout", Long.toString(seconds));
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        if (profile.engine() == Engine.REDSHIFT) {
            redshiftTls(profile.sslMode(), properties);
            // The driver's fetch ring buffer reads results on a thread of its own, and closing a result early sends
            // the server a cancel request, which can arrive after the statement ended and cancel the next one (seen
            // on a ROLLBACK). The loader reads only small results, so it reads them on the calling thread.
            properties.setProperty("enableFetchRingBuffer", "false");
        } else {
            properties.setProperty("sslmode", profile.sslMode().yamlName());
        }
        return properties;
    }

    /** The Redshift driver turns TLS off with {@code ssl=false}; it does not accept {@code sslmode=disable}. */
    private static void redshiftTls(SslMode mode, Properties properties) {
        if (mode == SslMode.DISABLE) {
            properties.setProperty("ssl", "false");
        } else {
            properties.setProperty("ssl", "true");
            properties.setProperty("sslmode", mode.yamlName());
        }
    }

    private static Driver driver(Engine engine) {
        return switch (engine) {
            case REDSHIFT -> new com.amazon.redshift.jdbc.Driver();
            case POSTGRES -> new org.postgresql.Driver();
        };
    }
}
