package com.redshiftloader.domain.connection;

/** Hears each step of a connection test as it starts and ends; called on the testing thread. */
public interface ConnectionTestListener {

    ConnectionTestListener NONE = new ConnectionTestListener() {};

    default void started(ConnectionCheck check) {}

    default void finished(CheckResult result) {}
}
