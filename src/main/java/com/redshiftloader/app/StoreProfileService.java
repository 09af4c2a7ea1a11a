package com.redshiftloader.app;

import com.redshiftloader.domain.profile.BindResult;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.profile.ProfileBinder;
import com.redshiftloader.domain.profile.ProfileFileException;
import com.redshiftloader.infra.sandbox.LocalSandbox;
import com.redshiftloader.infra.store.ProfileStore;
import com.redshiftloader.ui.connection.ProfileService;
import com.redshiftloader.ui.connection.ProfileServiceException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The Connection step's {@link ProfileService} over the profile store and the local sandbox. */
public final class StoreProfileService implements ProfileService {

    private final ProfileStore store;
    private final ProfileBinder binder;
    private final LocalSandbox sandbox;

    public StoreProfileService(ProfileStore store, ProfileBinder binder, LocalSandbox sandbox) {
        this.store = store;
        this.binder = binder;
        this.sandbox = sandbox;
    }

    @Override
    public List<String> list() throws ProfileServiceException {
        try {
            return store.list();
        } catch (IOException e) {
            throw failure("Could not read the profile directory " + store.directory() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public ConnectionProfile load(String name) throws ProfileServiceException {
        try {
            return store.load(name);
        } catch (ProfileFileException e) {
            throw new ProfileServiceException(e.problems(), e);
        }
    }

    @Override
    public void save(ConnectionProfile profile) throws ProfileServiceException {
        try {
            store.save(profile);
        } catch (IOException | IllegalArgumentException e) {
            throw failure("Could not save " + profile.name() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String name) throws ProfileServiceException {
        try {
            store.delete(name);
        } catch (IOException e) {
            throw failure("Could not delete " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public ConnectionProfile importFile(Path file, String name) throws ProfileServiceException {
        try {
            return store.importFile(file, name);
        } catch (ProfileFileException e) {
            throw new ProfileServiceException(e.problems(), e);
        } catch (IOException | IllegalArgumentException e) {
            throw failure(e.getMessage(), e);
        }
    }

    @Override
    public BindResult bind(String name, Map<String, Object> keys) {
        return binder.bind(name, keys);
    }

    @Override
    public ConnectionProfile sandboxProfile() {
        return LocalSandbox.profile(sandbox.port().orElse(0));
    }

    @Override
    public ConnectionProfile startSandbox() throws ProfileServiceException {
        try {
            return sandbox.start();
        } catch (UncheckedIOException e) {
            throw failure(e.getMessage(), e);
        }
    }

    private static ProfileServiceException failure(String message, Exception cause) {
        return new ProfileServiceException(List.of(message), cause);
    }
}
