package com.redshiftloader.infra.connection;

import com.redshiftloader.domain.connection.ConnectionFailedException;
import com.redshiftloader.domain.connection.DatabaseCredentials;
import com.redshiftloader.domain.profile.AuthMethod;
import com.redshiftloader.infra.aws.RedshiftCredentialsProvider;
import com.redshiftloader.infra.jdbc.DestinationCatalog;
import com.redshiftloader.infra.jdbc.JdbcConnector;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The database steps: temporary credentials, log-in and the server's version. */
final class DatabaseChecks {

    private static final Pattern REDSHIFT_VERSION = Pattern.compile("Redshift (\\S+)");
    private static final Pattern POSTGRES_VERSION = Pattern.compile("^PostgreSQL (\\S+)");

    private final JdbcConnector connector;
    private final RedshiftCredentialsProvider iamCredentials;

    DatabaseChecks(JdbcConnector connector, RedshiftCredentialsProvider iamCredentials) {
        this.connector = connector;
        this.iamCredentials = iamCredentials;
    }

    String iamCredentials(TestSession session) throws ConnectionFailedException {
        AuthMethod.Iam iam = (AuthMethod.Iam) session.profile.auth();
        DatabaseCredentials credentials = iamCredentials.obtain(session.profile, iam);
        session.credentials = credentials;
        return "temporary user " + credentials.user()
                + credentials
                        .expiration()
                        .map(until -> ", valid until "
                                + DateTimeFormatter.ISO_LOCAL_TIME
                                        .withZone(ZoneOffset.UTC)
                                        .format(until.truncatedTo(ChronoUnit.SECONDS))
                                + " UTC")
                        .orElse("");
    }

    String authenticate(TestSession session) throws ConnectionFailedException, SQLException {
        if (session.credentials == null) {
            session.credentials = connector.credentials(session.profile);
        }
        Connection connection = connector.open(session.profile, session.credentials);
        session.keep(connection);
        String user = new DestinationCatalog(connection, false, session.profile.connectTimeout()).currentUser();
        return "logged in as " + user;
    }

    static String serverVersion(TestSession session) throws SQLException {
        String version;
        try (Statement statement = session.connection().createStatement()) {
            statement.setQueryTimeout(
                    (int) Math.max(1, session.profile.connectTimeout().toSeconds()));
            try (ResultSet rs = statement.executeQuery("SELECT version()")) {
                rs.next();
                version = rs.getString(1);
            }
        }
        Matcher redshift = REDSHIFT_VERSION.matcher(version);
        session.redshiftServer = redshift.find();
        if (session.redshiftServer) {
            return "Amazon Redshift " + redshift.group(1);
        }
        Matcher postgres = POSTGRES_VERSION.matcher(version);
        String name = postgres.find() ? "PostgreSQL " + postgres.group(1) : version;
        return switch (session.profile.engine()) {
            case POSTGRES -> name;
            case REDSHIFT -> name + " (not Amazon Redshift, though the profile says engine: redshift)";
        };
    }
}
