package com.redshiftloader.infra.jdbc;

import com.redshiftloader.domain.connection.ConnectionCheck;
import com.redshiftloader.domain.connection.ConnectionFailedException;
import com.redshiftloader.domain.profile.AuthMethod;
import com.redshiftloader.domain.profile.ConnectionProfile;
import java.sql.SQLException;
import java.util.Locale;

/** Says why a JDBC login failed, from the SQLState and the driver's message, and what to do about it. */
final class LoginFailures {

    private LoginFailures() {}

    static ConnectionFailedException describe(ConnectionProfile profile, String user, SQLException error) {
        String state = String.valueOf(error.getSQLState());
        String message = firstLine(error.getMessage());
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("no password was provided") || lower.contains("password is required")) {
            return failure(
                    "The server asks for a password and the profile has none for user " + user + ".",
                    "Add password: to the profile, or password: ${env:NAME} to read it from a variable.",
                    error);
        }
        if (lower.contains("pg_hba.conf")) {
            return failure(
                    "The server does not accept logins for user " + user + " from this machine: " + message,
                    "Ask the administrator to allow this address (pg_hba.conf), or check ssl_mode.",
                    error);
        }
        if (state.equals("28P01") || state.equals("28000") || lower.contains("password authentication failed")) {
            return credentialsRefused(profile, user, error);
        }
        if (state.equals("3D000")) {
            return failure(
                    "The database '" + profile.database() + "' does not exist on " + profile.host() + ".",
                    "Check database: in the profile (Redshift's default database is dev).",
                    error);
        }
        if (lower.contains("ssl") || lower.contains("certificate") || lower.contains("pkix")) {
            return failure(
                    "TLS failed while logging in: " + message,
                    "Check ssl_mode: verify-ca and verify-full need the server's CA trusted; require encrypts without"
                            + " checking the certificate.",
                    error);
        }
        if (lower.contains("timed out") || lower.contains("timeout")) {
            return failure(
                    "No answer from " + profile.host() + ":" + profile.port() + " within "
                            + profile.connectTimeout().toSeconds() + " s while logging in.",
                    "Check the host, port and network path; raise connect_timeout for a slow server.",
                    error);
        }
        return failure(
                "Log-in failed: " + message + " (SQLState " + state + ").",
                "Check the connection settings of the profile.",
                error);
    }

    private static ConnectionFailedException credentialsRefused(
            ConnectionProfile profile, String user, SQLException error) {
        if (profile.auth() instanceof AuthMethod.Iam) {
            return failure(
                    "The database refused the temporary credentials for user " + user + ".",
                    "Check that db_user exists in the database, or set auto_create: true.",
                    error);
        }
        return failure(
                "Wrong user name or password for user " + user + ".", "Check user and password in the profile.", error);
    }

    private static ConnectionFailedException failure(String problem, String fix, SQLException cause) {
        return new ConnectionFailedException(ConnectionCheck.AUTHENTICATE, problem, fix, cause);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").strip();
    }
}
