package com.redshiftloader.app;

import com.redshiftloader.infra.store.AppDirectories;
import java.util.Optional;

/**
 * Entry point: the GUI without arguments, the command line with them. It touches no JavaFX class itself, so that
 * the command line runs without initialising JavaFX (and the jar starts from a plain class path).
 */
public final class Main {

    /** The system property {@link LoggingConfigurator} reads the log directory from. */
    static final String LOG_DIRECTORY_PROPERTY = "redshiftloader.logDir";

    /** SLF4J's own messages below this level are not printed. */
    static final String SLF4J_VERBOSITY_PROPERTY = "slf4j.internal.verbosity";

    /** The JDK's system property for where {@code java.util.prefs} keeps a user's preferences on Linux. */
    static final String PREFERENCES_ROOT_PROPERTY = "java.util.prefs.userRoot";

    private Main() {}

    public static void main(String[] args) {
        AppDirectories directories = AppDirectories.forCurrentUser();
        // Before the first logger exists: the rolling log file goes to the user's data directory.
        System.setProperty(
                LOG_DIRECTORY_PROPERTY,
                System.getProperty(
                        LOG_DIRECTORY_PROPERTY,
                        directories.data().resolve("logs").toString()));
        // Before java.util.prefs first loads: its files follow $HOME and XDG_CONFIG_HOME like ours.
        directories
                .preferencesRoot(System.getProperty("os.name", ""))
                .ifPresent(root -> System.setProperty(
                        PREFERENCES_ROOT_PROPERTY, System.getProperty(PREFERENCES_ROOT_PROPERTY, root.toString())));
        // Logging starts on the first line logged, and threads that open the connection or sample the file ahead may
        // log while it starts. SLF4J then keeps their lines and replays them once started (none is lost), but it
        // also prints a three-line warning about it on standard error, meant for developers, not for our users.
        System.setProperty(SLF4J_VERBOSITY_PROPERTY, System.getProperty(SLF4J_VERBOSITY_PROPERTY, "ERROR"));
        if (args.length == 0) {
            int exitCode = GuiLauncher.launch();
            if (exitCode != 0) {
                System.exit(exitCode);
            }
        } else {
            System.exit(runCommandLine(args));
        }
    }

    /** Runs the command line and returns its exit code. */
    static int runCommandLine(String... args) {
        return CliComposition.commandLine(AppVersion.current(), name -> Optional.ofNullable(System.getenv(name)))
                .execute(args);
    }
}
