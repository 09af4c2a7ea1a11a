package com.redshiftloader.cli;

import com.redshiftloader.infra.store.ProfileStore;
import java.nio.file.Path;
import java.util.Optional;

/** Opens the profile store: the directory given with {@code --profiles-dir}, else the application's default. */
@FunctionalInterface
public interface ProfileStoreFactory {

    ProfileStore open(Optional<Path> directoryOverride);
}
