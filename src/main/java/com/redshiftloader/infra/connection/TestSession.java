package com.redshiftloader.infra.connection;

import com.redshiftloader.domain.connection.DatabaseCredentials;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.infra.aws.S3StagingProbe;
import java.net.InetAddress;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the steps of one connection test learn and hand on: the address, the credentials, the open connection, the
 * kind of server. Steps run one after another (on worker threads, each joined before the next starts). Resources
 * handed over after the session closed (by a step that was abandoned on timeout) are closed at once.
 */
final class TestSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TestSession.class);

    final ConnectionProfile profile;
    volatile InetAddress address;
    volatile DatabaseCredentials credentials;
    volatile boolean redshiftServer;
    volatile boolean schemaExists;
    private Connection connection;
    private S3StagingProbe s3;
    private boolean closed;

    TestSession(ConnectionProfile profile) {
        this.profile = profile;
    }

    synchronized void keep(Connection opened) {
        connection = opened;
        if (closed) {
            closeConnection();
        }
    }

    synchronized Connection connection() {
        return connection;
    }

    synchronized Optional<S3StagingProbe> s3() {
        return Optional.ofNullable(s3);
    }

    synchronized void keep(S3StagingProbe opened) {
        s3 = opened;
        if (closed) {
            s3.close();
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        closeConnection();
        if (s3 != null) {
            s3.close();
        }
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("Closing the test connection failed: {}", e.toString());
            }
        }
    }
}
