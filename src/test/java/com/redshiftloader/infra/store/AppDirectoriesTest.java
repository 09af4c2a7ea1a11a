package com.redshiftloader.infra.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The user's folders follow $HOME and the XDG variables on Linux, as desktop programs do. */
class AppDirectoriesTest {

    @Test
    void homeIsTheHomeVariableNotThePasswordDatabasesWhereItIsSet() {
        assertThat(AppDirectories.home("Linux", "/home/passwd", Map.of("HOME", "/some/where")))
                .isEqualTo(Path.of("/some/where"));
        assertThat(AppDirectories.home("Mac OS X", "/Users/passwd", Map.of("HOME", "/some/where")))
                .isEqualTo(Path.of("/some/where"));
        assertThat(AppDirectories.home("Linux", "/home/passwd", Map.of())).isEqualTo(Path.of("/home/passwd"));
        assertThat(AppDirectories.home("Linux", "/home/passwd", Map.of("HOME", "relative")))
                .isEqualTo(Path.of("/home/passwd"));
        assertThat(AppDirectories.home("Windows 11", "C:\\Users\\me", Map.of("HOME", "/c/git-bash-home")))
                .isEqualTo(Path.of("C:\\Users\\me"));
    }

    @Test
    void onLinuxTheXdgFoldersWinWhenAbsolute() {
        AppDirectories xdg = AppDirectories.of(
                "Linux", Path.of("/some/where"), Map.of("XDG_CONFIG_HOME", "/cfg", "XDG_DATA_HOME", "/dat"));
        assertThat(xdg.config()).isEqualTo(Path.of("/cfg/redshift-loader"));
        assertThat(xdg.data()).isEqualTo(Path.of("/dat/redshift-loader"));

        AppDirectories plain = AppDirectories.of(
                "Linux", Path.of("/some/where"), Map.of("XDG_CONFIG_HOME", "cfg", "XDG_DATA_HOME", ""));
        assertThat(plain.config()).isEqualTo(Path.of("/some/where/.config/redshift-loader"));
        assertThat(plain.data()).isEqualTo(Path.of("/some/where/.local/share/redshift-loader"));
    }

    @Test
    void onlyLinuxKeepsThePreferencesInTheConfigFolder() {
        AppDirectories linux = AppDirectories.of("Linux", Path.of("/some/where"), Map.of());
        assertThat(linux.preferencesRoot("Linux")).contains(Path.of("/some/where/.config/redshift-loader"));
        assertThat(linux.preferencesRoot("Windows 11")).isEqualTo(Optional.empty());
        assertThat(linux.preferencesRoot("Mac OS X")).isEqualTo(Optional.empty());
    }
}
