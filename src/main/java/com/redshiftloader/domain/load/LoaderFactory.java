package com.redshiftloader.domain.load;

import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.schema.types.TemporalPattern;
import java.util.Map;

/** Makes the loader for one load, given the date/timestamp layouts the scan detected per target column. */
@FunctionalInterface
public interface LoaderFactory {

    Loader create(Map<String, TemporalPattern> temporalPatterns);

    /**
     * Starts connecting with the profile now, so that the connection is ready when a load with it starts (the
     * command line reads the file meanwhile). Optional: the default does nothing.
     */
    default void connectAhead(ConnectionProfile profile) {}
}
