package com.redshiftloader.domain.connection;

import java.time.Instant;
import java.util.Optional;

/**
 * The user name and password a database login uses: the profile's own, or temporary ones from the Redshift API (then
 * the user is exactly what the API returned, e.g. {@code IAMA:awsuser}). {@link #toString()} hides the password.
 *
 * @param expiration when temporary credentials stop working; empty for a profile's password
 */
public record DatabaseCredentials(String user, String password, Optional<Instant> expiration) {

    @Override
    public String toString() {
        return "DatabaseCredentials[user=" + user + ", password=******, expiration=" + expiration + "]";
    }
}
