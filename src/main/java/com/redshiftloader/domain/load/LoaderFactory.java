package com.redshiftloader.domain.load;

import com.redshiftloader.domain.schema.TemporalPattern;
import java.util.Map;

/** Makes the loader for one load, given the date/timestamp layouts the scan detected per target column. */
@FunctionalInterface
public interface LoaderFactory {

    Loader create(Map<String, TemporalPattern> temporalPatterns);
}
