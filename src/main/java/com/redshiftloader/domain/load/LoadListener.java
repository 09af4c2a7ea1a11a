package com.redshiftloader.domain.load;

/** Receives a load's events on the loading thread. */
@FunctionalInterface
public interface LoadListener {

    LoadListener NONE = event -> {};

    void on(LoadEvent event);
}
