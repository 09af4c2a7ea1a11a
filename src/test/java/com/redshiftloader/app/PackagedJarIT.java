package com.redshiftloader.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Runs the jar that {@code package} built, as a user would: {@code java -jar target/redshift-loader.jar}. */
class PackagedJarIT {

    private static final Path JAR = Path.of(System.getProperty("packaged.jar", "target/redshift-loader.jar"));
    private static final String JAVA =
            Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @Test
    void helpPrintsUsageAndExitsZeroWithoutLoadingJavaFx() throws Exception {
        assertThat(JAR).exists();
        assertThat(JAR.resolveSibling("lib")).isDirectory();
        Result result = run(List.of(JAVA, "-Xlog:class+load=info", "-jar", JAR.toString(), "--help"), 60);
        assertThat(result.exitCode()).isZero();
        assertThat(result.output()).contains("Usage: redshift-loader");
        assertThat(result.output())
                .as("the command line must not start JavaFX")
                .doesNotContain("javafx.application.Platform")
                .doesNotContain("com.sun.javafx.application.PlatformImpl");
    }

    @Test
    void commandsThatConnectNowhereLoadNoAwsSdkAndVersionStartsNoLogging() throws Exception {
        // Start-up time: the SDK and logback are each a noticeable part of a command's start.
        Result version = run(List.of(JAVA, "-Xlog:class+load=info", "-jar", JAR.toString(), "--version"), 60);
        assertThat(version.output()).doesNotContain("software.amazon.awssdk").doesNotContain("ch.qos.logback");
        Path logs = Files.createTempDirectory("logs");
        Result inspect = run(
                List.of(
                        JAVA,
                        "-Xlog:class+load=info",
                        "-Dredshiftloader.logDir=" + logs,
                        "-jar",
                        JAR.toString(),
                        "inspect",
                        Path.of("assets", "samples", "orders.csv").toString()),
                60);
        assertThat(inspect.exitCode()).isZero();
        assertThat(inspect.output()).doesNotContain("software.amazon.awssdk");
    }

    @Test
    void commandsLogToARollingFileInTheDataDirectory() throws Exception {
        Path logs = Files.createTempDirectory("logs");
        Result result = run(
                List.of(
                        JAVA,
                        "-Dredshiftloader.logDir=" + logs,
                        "-jar",
                        JAR.toString(),
                        "inspect",
                        Path.of("assets", "samples", "orders.csv").toString()),
                60);
        assertThat(result.exitCode()).isZero();
        assertThat(Files.readString(logs.resolve("redshift-loader.log")))
                .contains("Scanned")
                .contains("orders.csv");
    }

    @Test
    void withoutADesktopTheGuiSaysWhyAndPointsToTheCommandLine() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux"));
        ProcessBuilder builder = new ProcessBuilder(JAVA, "-jar", JAR.toString()).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(output).contains("The desktop application cannot start here").contains("redshift-loader --help");
    }

    @Test
    void versionComesFromTheManifest() throws Exception {
        Result result = run(List.of(JAVA, "-jar", JAR.toString(), "--version"), 60);
        assertThat(result.exitCode()).isZero();
        assertThat(result.output().strip()).startsWith("Redshift Loader ").doesNotContain("dev");
    }

    @Test
    void withoutArgumentsTheGuiOpensFromTheJarWithJavaFxAsModules() throws Exception {
        // A real desktop session on an Xvfb display, started as the README says: java -jar, nothing else.
        Assumptions.assumeTrue(
                System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux") && onPath("xvfb-run"),
                "needs xvfb-run (packages xvfb and xauth; .ci/run installs them)");
        Path logs = Files.createTempDirectory("gui-logs");
        List<String> command = List.of(
                "xvfb-run",
                "-a",
                JAVA,
                "-D" + Main.LOG_DIRECTORY_PROPERTY + "=" + logs,
                "-Djava.util.prefs.userRoot=" + Files.createTempDirectory("prefs"),
                "-jar",
                JAR.toString());
        Path output = logs.resolve("console.txt");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        Path log = logs.resolve("redshift-loader.log");
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline && process.isAlive() && !logged(log, "Main window shown")) {
                Thread.sleep(200);
            }
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly); // xvfb-run leaves java running otherwise
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(logged(log, "Main window shown"))
                .as("the GUI's log file says the window is shown; console output: %s", Files.readString(output))
                .isTrue();
        assertThat(Files.readString(output))
                .as("JavaFX warns when its classes come from the class path instead of its modules")
                .doesNotContain("Unsupported JavaFX configuration");
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(directory -> !directory.isBlank() && Files.isExecutable(Path.of(directory, command)));
    }

    private static boolean logged(Path log, String text) throws IOException {
        return Files.exists(log) && Files.readString(log).contains(text);
    }

    private static Result run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(timeoutSeconds, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private record Result(int exitCode, String output) {}
}
