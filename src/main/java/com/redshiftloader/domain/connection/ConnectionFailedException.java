package com.redshiftloader.domain.connection;

/**
 * A connection could not be made, said in the user's terms: which step failed, what happened and what to do about
 * it. The message never holds a secret.
 */
public final class ConnectionFailedException extends Exception {

    private final ConnectionCheck check;
    private final String problem;
    private final String fix;

    public ConnectionFailedException(ConnectionCheck check, String problem, String fix) {
        this(check, problem, fix, null);
    }

    /** The cause must not carry a secret in its message either. */
    public ConnectionFailedException(ConnectionCheck check, String problem, String fix, Throwable cause) {
        super(problem + " " + fix, cause);
        this.check = check;
        this.problem = problem;
        this.fix = fix;
    }

    /** The step that failed. */
    public ConnectionCheck check() {
        return check;
    }

    /** What happened. */
    public String problem() {
        return problem;
    }

    /** What to do about it. */
    public String fix() {
        return fix;
    }
}
