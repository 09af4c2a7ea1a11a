package com.redshiftloader.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app wires the subcommands into the command line. */
class MainCommandLineTest {

    @Test
    void profilesListAndTestAreRegistered(@TempDir Path profiles) {
        assertThat(Main.runCommandLine("profiles", "list", "--profiles-dir", profiles.toString()))
                .isZero();
        assertThat(Main.runCommandLine("test", "--profile", "absent", "--profiles-dir", profiles.toString()))
                .isEqualTo(2);
    }
}
