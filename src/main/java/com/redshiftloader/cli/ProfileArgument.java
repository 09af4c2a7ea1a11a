package com.redshiftloader.cli;

import com.redshiftloader.cli.args.Converters;
import com.redshiftloader.cli.args.Option;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.profile.ProfileCatalog;
import com.redshiftloader.domain.profile.ProfileFileException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code --profile NAME|FILE}: a saved profile's name, or the path of a profile YAML file. */
final class ProfileArgument {

    /** {@code --profiles-dir DIR}: where the commands that read profiles find the saved ones. */
    static final Option<Path> PROFILES_DIRECTORY =
            Option.value("--profiles-dir", "DIR", "Where saved profiles are kept.", Converters.PATH);

    private ProfileArgument() {}

    static ConnectionProfile load(ProfileCatalog store, String profile) throws ProfileFileException {
        Path file = Path.of(profile);
        boolean looksLikeFile = profile.endsWith(".yaml") || profile.endsWith(".yml") || file.getNameCount() > 1;
        if (looksLikeFile || (Files.isRegularFile(file) && !store.exists(profile))) {
            return store.loadFile(file);
        }
        return store.load(profile);
    }
}
