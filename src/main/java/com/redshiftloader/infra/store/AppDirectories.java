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
 *
 * <p>The home directory is {@code $HOME} where it is set (Linux and macOS, as desktop programs there read it), else
 * the JVM's {@code user.home} (the account's home from the password database, which ignores {@code HOME}); on
 * Linux {@code XDG_CONFIG_HOME} and {@code XDG_DATA_HOME} win over both when they hold an absolute path, as the XDG
 * Base Directory specification says (a relative one is ignored).
 */
public record AppDirectories(Path config, Path data) {

    public static final String PROFILES_VARIABLE = "REDSHIFT_LOADER_PROFILES";

    /** The directories for this user on this platform. */
    public static AppDirectories forCurrentUser() {
        String os = System.getProperty("os.name", "");
        Map<String, String> env = System.getenv();
        return of(os, home(os, System.getProperty("user.home"), env), env);
    }

    /** {@code $HOME} when it is set to an absolute path (not on Windows, whose convention is the profile), else {@code user.home}. */
    static Path home(String osName, String userHome, Map<String, String> env) {
        if (!osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
            Optional<Path> home = absolute(env.get("HOME"));
            if (home.isPresent()) {
                return home.get();
            }
        }
        return Path.of(userHome);
    }

    private static Optional<Path> absolute(String value) {
        return Optional.ofNullable(value)
                .filter(v -> !v.isBlank())
                .map(Path::of)
                .filter(Path::isAbsolute);
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
        Path config = absolute(env.get("XDG_CONFIG_HOME")).orElse(home.resolve(".config"));
        Path data = absolute(env.get("XDG_DATA_HOME")).orElse(home.resolve(".local/share"));
        return new AppDirectories(config.resolve("redshift-loader"), data.resolve("redshift-loader"));
    }

    /**
     * Where {@code java.util.prefs} (the window's size and theme) should keep its files, when the platform stores
     * them in files: Linux's store sits under {@code user.home}, which ignores {@code $HOME} and the XDG folders, so
     * it goes under the config directory; Windows (the registry) and macOS (a plist) need nothing.
     */
    public Optional<Path> preferencesRoot(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        return os.startsWith("windows") || os.startsWith("mac") ? Optional.empty() : Optional.of(config);
    }

    /** The profile directory: {@code override} if given, else the environment variable, else under config. */
    public Path profiles(Optional<Path> override) {
        return override.or(() -> Optional.ofNullable(System.getenv(PROFILES_VARIABLE))
                        .filter(s -> !s.isBlank())
                        .map(Path::of))
                .orElse(config.resolve("profiles"));
    }
}
