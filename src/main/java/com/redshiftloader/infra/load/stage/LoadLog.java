package com.redshiftloader.infra.load.stage;

import com.redshiftloader.domain.load.LoadEvent;
import com.redshiftloader.domain.load.LoadListener;
import com.redshiftloader.domain.sql.SqlRedactor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Log lines of a load: sent to the listener as {@link LoadEvent.Log} and written to SLF4J. SQL is redacted. */
public final class LoadLog {

    private static final Logger LOG = LoggerFactory.getLogger("com.redshiftloader.load");

    private LoadLog() {}

    /** A statement about to run; its values are bound, never in the text. */
    public static void sql(LoadListener listener, String sql) {
        String redacted = SqlRedactor.redact(sql);
        LOG.info("SQL: {}", redacted);
        listener.on(new LoadEvent.Log(LoadEvent.Level.DEBUG, redacted));
    }

    /** How the load goes about its work (which path, why it converts): for the DEBUG level, not the user's log. */
    public static void debug(LoadListener listener, String message) {
        LOG.debug("{}", message);
        listener.on(new LoadEvent.Log(LoadEvent.Level.DEBUG, message));
    }

    public static void info(LoadListener listener, String message) {
        LOG.info("{}", message);
        listener.on(new LoadEvent.Log(LoadEvent.Level.INFO, message));
    }

    public static void warn(LoadListener listener, String message) {
        LOG.warn("{}", message);
        listener.on(new LoadEvent.Log(LoadEvent.Level.WARN, message));
    }

    static void error(LoadListener listener, String message) {
        LOG.error("{}", message);
        listener.on(new LoadEvent.Log(LoadEvent.Level.ERROR, message));
    }
}
