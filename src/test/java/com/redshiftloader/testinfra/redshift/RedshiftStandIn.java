package com.redshiftloader.testinfra.redshift;

import com.redshiftloader.testinfra.S3Server;
import com.redshiftloader.testinfra.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A stand-in for an Amazon Redshift endpoint: a PostgreSQL wire-protocol proxy on {@code 127.0.0.1} in front of a
 * {@link TestDatabase}, so that tests use the real Redshift JDBC driver. It drops the startup parameters PostgreSQL
 * refuses, emulates {@code COPY ... FROM 's3://...'} from the S3 test server, records every such COPY, and can cut
 * connections to test failure handling. Authentication passes through to PostgreSQL untouched.
 */
public final class RedshiftStandIn implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RedshiftStandIn.class);
    private static final int NO_FAULT = -1;

    private final TestDatabase database;
    private final Supplier<S3Client> s3;
    private final ServerSocket serverSocket;
    private final Path stagingDirectory;
    private final CopyEmulator copyEmulator;
    private final List<CopyRequest> copies = new CopyOnWriteArrayList<>();
    private final Set<ProxyConnection> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger dropNextAfter = new AtomicInteger(NO_FAULT);
    private volatile int dropEachAfter = NO_FAULT;
    private volatile boolean lastObjectOnly;
    private volatile boolean closed;

    private RedshiftStandIn(TestDatabase database, Supplier<S3Client> s3) throws IOException {
        this.database = database;
        this.s3 = s3;
        this.stagingDirectory = Files.createTempDirectory("redshift-standin-");
        this.copyEmulator = new CopyEmulator(s3, stagingDirectory, copies::add, () -> lastObjectOnly);
        this.serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().daemon().name("redshift-standin-" + port()).start(this::acceptLoop);
    }

    /** Starts a stand-in in front of {@code database} that reads S3 objects from the JVM's {@link S3Server}. */
    public static RedshiftStandIn start(TestDatabase database) {
        return start(database, new Memoized<>(() -> S3Server.get().client()));
    }

    /** Starts a stand-in in front of {@code database} that reads S3 objects with the given client. */
    public static RedshiftStandIn start(TestDatabase database, Supplier<S3Client> s3) {
        try {
            return new RedshiftStandIn(database, s3);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the Redshift stand-in", e);
        }
    }

    public int port() {
        return serverSocket.getLocalPort();
    }

    public TestDatabase database() {
        return database;
    }

    /** {@code jdbc:redshift://127.0.0.1:<port>/<database>}. */
    public String jdbcUrl() {
        return "jdbc:redshift://127.0.0.1:" + port() + "/" + database.name();
    }

    /** A connection through the Redshift JDBC driver as the database's login role. */
    public Connection connect() throws SQLException {
        return connect(database.user(), database.password());
    }

    /** A connection through the Redshift JDBC driver, without SSL (the stand-in answers SSL requests with 'N'). */
    public Connection connect(String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("ssl", "false");
        properties.setProperty("enableFetchRingBuffer", "false"); // as the application connects (JdbcConnector)
        return DriverManager.getConnection(jdbcUrl(), properties);
    }

    /** Every COPY from S3 received so far, oldest first. */
    public List<CopyRequest> copies() {
        return List.copyOf(copies);
    }

    /**
     * Fault injection for the next connection opened: it relays {@code messages} client messages after
     * authentication, then both its sockets are closed abruptly when the client sends the next one.
     */
    public void dropNextConnectionAfterMessages(int messages) {
        dropNextAfter.set(requireNonNegative(messages));
    }

    /** Like {@link #dropNextConnectionAfterMessages(int)}, for every connection opened until {@link #clearFaults()}. */
    public void dropConnectionsAfterMessages(int messages) {
        dropEachAfter = requireNonNegative(messages);
    }

    /**
     * Fault injection for COPY: each COPY from S3 loads only the last of the objects it should read (as a loader
     * that reported success after loading only its last part), until {@link #clearFaults()}.
     */
    public void loadOnlyTheLastObjectOfEachCopy() {
        lastObjectOnly = true;
    }

    /** Cancels the fault injection for connections opened (and COPYs run) from now on. */
    public void clearFaults() {
        dropNextAfter.set(NO_FAULT);
        dropEachAfter = NO_FAULT;
        lastObjectOnly = false;
    }

    /** Cuts every open connection now, as a network failure would. */
    public void dropOpenConnections() {
        open.forEach(ProxyConnection::abort);
    }

    /** The number of client connections currently relayed. */
    public int openConnections() {
        return open.size();
    }

    private static int requireNonNegative(int messages) {
        if (messages < 0) {
            throw new IllegalArgumentException("messages must be >= 0: " + messages);
        }
        return messages;
    }

    private void acceptLoop() {
        InetSocketAddress backend = new InetSocketAddress(
                InetAddress.getLoopbackAddress(), database.server().port());
        while (!closed) {
            try {
                Socket client = serverSocket.accept();
                int next = dropNextAfter.getAndSet(NO_FAULT);
                int dropAfter = next != NO_FAULT ? next : dropEachAfter;
                ProxyConnection connection =
                        new ProxyConnection(client, backend, copyEmulator, dropAfter, open::remove);
                open.add(connection);
                Thread.ofVirtual().name("standin-client-" + client.getPort()).start(connection);
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("Redshift stand-in accept failed", e);
                }
            }
        }
    }

    /** Stops listening, cuts open connections and deletes staged files. Safe to call twice. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            serverSocket.close();
        } catch (IOException e) {
            LOG.debug("Close failed: {}", e.toString());
        }
        open.forEach(ProxyConnection::close);
        if (s3 instanceof Memoized<S3Client> owned) {
            owned.ifCreated(S3Client::close);
        }
        deleteStagingDirectory();
    }

    private void deleteStagingDirectory() {
        try (Stream<Path> files = Files.walk(stagingDirectory)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.debug("Could not delete {}: {}", stagingDirectory, e.toString());
        }
    }

    /** Creates the S3 client on first use, so a stand-in used without COPY never starts the S3 server. */
    private static final class Memoized<T> implements Supplier<T> {

        private final Supplier<T> delegate;
        private T value;

        Memoized(Supplier<T> delegate) {
            this.delegate = delegate;
        }

        @Override
        public synchronized T get() {
            if (value == null) {
                value = delegate.get();
            }
            return value;
        }

        synchronized void ifCreated(Consumer<T> action) {
            if (value != null) {
                action.accept(value);
            }
        }
    }
}
