package com.redshiftloader.testinfra.iam;

import com.redshiftloader.testinfra.EmbeddedPostgresServer;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * Makes the temporary credentials the endpoint hands out real logins of the embedded PostgreSQL: each issue
 * (re)creates the returned user as a login role with a fresh md5 password that PostgreSQL itself expires
 * ({@code VALID UNTIL}) when the API says it does.
 */
final class DatabaseLogins {

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * What one successful API call grants.
     *
     * @param login the returned user name, e.g. {@code IAMA:awsuser}
     * @param baseUser the requested {@code DbUser} whose rights the login gets, or {@code null} for identity-based
     *     users, which get the rights of {@link EmbeddedPostgresServer#LOGIN_USER}
     * @param database the requested database, or {@code null}
     */
    record Grant(
            String login, String baseUser, boolean autoCreate, String database, List<String> groups, Instant until) {}

    /**
     * Issues a password for the grant. As documented for {@code GetClusterCredentials}, an unknown {@code DbUser}
     * without {@code AutoCreate} still gets a password, but no role: the login then fails.
     */
    synchronized String issue(Grant grant) throws SQLException {
        String password = newPassword();
        EmbeddedPostgresServer server = EmbeddedPostgresServer.get();
        String rightsFrom = EmbeddedPostgresServer.LOGIN_USER;
        if (grant.baseUser() != null) {
            if (!roleExists(grant.baseUser())) {
                if (!grant.autoCreate()) {
                    return password;
                }
                // An auto-created Redshift user would only have PUBLIC rights; here it gets the loader's, so
                // that tests can load with it.
                server.execute(
                        "postgres",
                        "CREATE ROLE " + quote(grant.baseUser()) + " NOLOGIN",
                        "GRANT " + EmbeddedPostgresServer.LOGIN_USER + " TO " + quote(grant.baseUser()));
            }
            rightsFrom = grant.baseUser();
        }
        String login = quote(grant.login());
        String options = " LOGIN PASSWORD " + literal(password) + " VALID UNTIL " + literal(grant.until() + "");
        server.execute(
                "postgres",
                (roleExists(grant.login()) ? "ALTER ROLE " : "CREATE ROLE ") + login + options,
                "GRANT " + quote(rightsFrom) + " TO " + login);
        for (String group : grant.groups()) {
            // Only groups that exist are joined; Redshift would refuse the login for a missing one.
            if (roleExists(group)) {
                server.execute("postgres", "GRANT " + quote(group) + " TO " + login);
            }
        }
        if (grant.database() != null && databaseExists(grant.database())) {
            server.execute("postgres", "GRANT CONNECT, CREATE ON DATABASE " + quote(grant.database()) + " TO " + login);
        }
        return password;
    }

    private static boolean roleExists(String role) throws SQLException {
        return exists("SELECT 1 FROM pg_roles WHERE rolname = ?", role);
    }

    private static boolean databaseExists(String database) throws SQLException {
        return exists("SELECT 1 FROM pg_database WHERE datname = ?", database);
    }

    private static boolean exists(String sql, String name) throws SQLException {
        try (Connection connection = EmbeddedPostgresServer.get().adminConnection("postgres");
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, name);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String newPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
