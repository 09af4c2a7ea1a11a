package com.redshiftloader.app;

import java.util.Optional;

/**
 * Entry point: the GUI without arguments, the command line with them. It touches no JavaFX class itself, so that
 * the command line runs without initialising JavaFX (and the jar starts from a plain class path).
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            GuiLauncher.launch();
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
