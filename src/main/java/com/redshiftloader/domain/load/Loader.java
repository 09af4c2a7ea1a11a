package com.redshiftloader.domain.load;

/**
 * Runs a load: all or nothing (unless the plan has a reject budget), cancelled by interrupting the calling thread
 * (which rolls back and throws {@link InterruptedException}).
 */
public interface Loader {

    LoadReport load(LoadPlan plan, LoadListener listener) throws LoadException, InterruptedException;
}
