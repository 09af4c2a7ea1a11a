package com.redshiftloader.cli;

import com.redshiftloader.domain.profile.ProfileCatalog;
import java.nio.file.Path;
import java.util.Optional;

/** Opens the saved profiles: the directory given with {@code --profiles-dir}, else the application's default. */
@FunctionalInterface
public interface ProfileStoreFactory {

    ProfileCatalog open(Optional<Path> directoryOverride);
}
