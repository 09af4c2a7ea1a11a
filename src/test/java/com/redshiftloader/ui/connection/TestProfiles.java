package com.redshiftloader.ui.connection;

import com.redshiftloader.app.StoreProfileService;
import com.redshiftloader.domain.profile.ProfileBinder;
import com.redshiftloader.infra.sandbox.LocalSandbox;
import com.redshiftloader.infra.store.ProfileStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The real profile service over a temporary directory, with its store for assertions. */
record TestProfiles(ProfileStore store, StoreProfileService service) {

    static TestProfiles inTemporaryDirectory() {
        try {
            Path root = Files.createTempDirectory("profiles-test");
            ProfileBinder binder = ProfileBinder.withRedshiftTypes();
            ProfileStore store = new ProfileStore(root.resolve("profiles"), binder);
            return new TestProfiles(
                    store, new StoreProfileService(store, binder, new LocalSandbox(root.resolve("sandbox"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
