package com.redshiftloader.domain.connection;

import java.time.Duration;

/** The outcome of one step of a connection test. */
public sealed interface CheckResult {

    ConnectionCheck check();

    /** The step worked; {@code detail} says what it found (an address, a version, "exists with 12 columns"). */
    record Passed(ConnectionCheck check, String detail, Duration duration) implements CheckResult {}

    /**
     * The step failed: {@code problem} says what happened in the user's terms, {@code fix} what to do about it
     * (e.g. the GRANT to run). Neither holds a secret.
     */
    record Failed(ConnectionCheck check, String problem, String fix, Duration duration) implements CheckResult {}

    /** The step did not run: it does not apply to this profile, or an earlier step failed. */
    record Skipped(ConnectionCheck check, String reason) implements CheckResult {}
}
