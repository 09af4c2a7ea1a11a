package com.redshiftloader.app;

import com.redshiftloader.infra.store.AppDirectories;
import java.util.Optional;

/**
 * Entry point: the GUI without arguments, the command line with them. It touches no JavaFX class itself, so that
 * the command line runs without initialising JavaFX (and the jar starts from a plain class path).
 */
public final class Main {

    /** The system property logback.xml reads the log directory from. */
    static final String LOG_DIRECTORY_PROPERTY = "redshiftloader.logDir";

    private Main() {}

    public static void main(String[] args) {
        // Before the first logger exists: the rolling log file goes to the user's data directory.
        System.setProperty(
                LOG_DIRECTORY_PROPERTY,
                System.getProperty(
                        LOG_DIRECTORY_PROPERTY,
                        AppDirectories.forCurrentUser().data().resolve("logs").toString()));
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
