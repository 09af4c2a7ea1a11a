package com.redshiftloader.ui.connection;

import com.redshiftloader.domain.profile.BindResult;
import com.redshiftloader.domain.profile.ConnectionProfile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** What the Connection step needs of the saved profiles and the local sandbox; the app adapts the store to it. */
public interface ProfileService {

    List<String> list() throws ProfileServiceException;

    ConnectionProfile load(String name) throws ProfileServiceException;

    void save(ConnectionProfile profile) throws ProfileServiceException;

    void delete(String name) throws ProfileServiceException;

    ConnectionProfile importFile(Path file, String name) throws ProfileServiceException;

    /** Builds and checks a profile from the form's keys. */
    BindResult bind(String name, Map<String, Object> keys);

    /** The sandbox's profile as it is now (its port is 0 until it has started), for planning. */
    ConnectionProfile sandboxProfile();

    /** Starts the local sandbox if needed (slow the first time) and returns its profile. */
    ConnectionProfile startSandbox() throws ProfileServiceException;
}
