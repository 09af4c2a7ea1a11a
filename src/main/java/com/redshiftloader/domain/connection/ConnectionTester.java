package com.redshiftloader.domain.connection;

import com.redshiftloader.domain.profile.ConnectionProfile;

/**
 * Tests a profile step by step (see {@link ConnectionCheck}), reporting each step to the listener as it goes. It
 * stops at the first step that makes the next ones pointless, marking those skipped. It honours the profile's
 * connect timeout per step and stops when the calling thread is interrupted.
 */
public interface ConnectionTester {

    ConnectionTestReport test(ConnectionProfile profile, ConnectionTestListener listener) throws InterruptedException;
}
