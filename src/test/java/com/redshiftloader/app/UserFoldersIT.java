package com.redshiftloader.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar keeps its files where the user's environment says, as desktop programs on Linux do: under
 * {@code $HOME} (not the password database's home) unless {@code XDG_CONFIG_HOME} / {@code XDG_DATA_HOME} say else.
 */
class UserFoldersIT {

    private static final Path JAR = Path.of(System.getProperty("packaged.jar", "target/redshift-loader.jar"));
    private static final String JAVA =
            Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final Path SAMPLE =
            Path.of("assets", "samples", "orders.csv").toAbsolutePath();

    @TempDir
    Path home;

    @BeforeEach
    void onLinux() {
        Assumptions.assumeTrue(
                System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux"));
    }

    @Test
    void withHomeSetElsewhereProfilesAndLogsGoUnderThatHome() throws Exception {
        String profiles = run(Map.of("HOME", home.toString()), "profiles", "list");
        assertThat(profiles).contains("No saved profiles in " + home.resolve(".config/redshift-loader/profiles"));

        run(Map.of("HOME", home.toString()), "inspect", SAMPLE.toString());
        assertThat(home.resolve(".local/share/redshift-loader/logs/redshift-loader.log"))
                .content()
                .contains("orders.csv");
    }

    @Test
    void theXdgFoldersWinOverHome() throws Exception {
        Path config = Files.createDirectories(home.resolve("cfg"));
        Path data = Files.createDirectories(home.resolve("dat"));
        Map<String, String> env = Map.of(
                "HOME", home.resolve("unused").toString(),
                "XDG_CONFIG_HOME", config.toString(),
                "XDG_DATA_HOME", data.toString());

        assertThat(run(env, "profiles", "list"))
                .contains("No saved profiles in " + config.resolve("redshift-loader/profiles"));
        run(env, "inspect", SAMPLE.toString());
        assertThat(data.resolve("redshift-loader/logs/redshift-loader.log")).exists();
        assertThat(home.resolve("unused")).doesNotExist();
    }

    private static String run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(
                        concat(List.of(JAVA, "-jar", JAR.toAbsolutePath().toString()), args))
                .redirectErrorStream(true);
        builder.environment().remove("XDG_CONFIG_HOME");
        builder.environment().remove("XDG_DATA_HOME");
        builder.environment().remove("REDSHIFT_LOADER_PROFILES");
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static List<String> concat(List<String> head, String... tail) {
        List<String> all = new java.util.ArrayList<>(head);
        all.addAll(List.of(tail));
        return all;
    }
}
