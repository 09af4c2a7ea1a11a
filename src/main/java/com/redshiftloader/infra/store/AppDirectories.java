package com.redshiftloader.infra.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the application keeps its files, by the platform's conventions: profiles under the config directory
 * ({@code ~/.config/redshift-loader} on Linux, {@code ~/Library/Application Support/Redshift Loader} on macOS,
 * {@code %APPDATA%\Redshift Loader} on Windows), logs, run history and the sandbox's database under the data
 * directory. {@code REDSHIFT_LOADER_PROFILES} overrides the profile directory.
 */
public record AppDirectories(Path config, Path data) {

    public static final String PROFILES_VARIABLE = "REDSHIFT_LOADER_PROFILES";

    /** The directories for this user on this platform. */
    public static AppDirectories forCurrentUser() {
        return of(System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")), System.getenv());
    }

    static AppDirectories of(String osName, Path home, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Path roaming =
                    Optional.ofNullable(env.get("APPDATA")).map(Path::of).orElse(home.resolve("AppData/Roaming"));
            Path local =
                    Optional.ofNullable(env.get("LOCALAPPDATA")).map(Path::of).orElse(home.resolve("AppData/Local"));
            return new AppDirectories(roaming.resolve("Redshift Loader"), local.resolve("Redshift Loader"));
        }
        if (os.startsWith("mac")) {
            Path support = home.resolve("Library/Application Support/Redshift Loader");
            return new AppDirectories(support, support);
        }
        Path config =
                Optional.ofNullable(env.get("XDG_CONFIG_HOME")).map(Path::of).orElse(home.resolve(".config"));
        Path data = Optional.ofNullable(env.get("XDG_DATA_HOME")).map(Path::of).orElse(home.resolve(".local/share"));
        return new AppDirectories(config.resolve("redshift-loader"), data.resolve("redshift-loader"));
    }

    /** The profile directory: {@code override} if given, else the environment variable, else under config. */
    public Path profiles(Optional<Path> override) {
        return override.or(() -> Optional.ofNullable(System.getenv(PROFILES_VARIABLE))
                        .filter(s -> !s.isBlank())
                        .map(Path::of))
                .orElse(config.resolve("profiles"));
    }
}
