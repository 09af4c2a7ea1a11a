package com.redshiftloader.app;

import java.io.File;
import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.net.JarURLConnection;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * JavaFX as modules for the window, while {@code java -jar} and the packaged launcher start from a plain class path
 * (which keeps the command line fast and free of JavaFX). The JavaFX jars the class path holds become a module
 * layer; the rest of the class path (this application and its libraries) a class loader on top of it, so that the
 * window's classes see JavaFX's modules, never JavaFX's copies on the class path.
 *
 * <p>Everything the window needs of JavaFX stays as reachable as on the class path: the layer opens every package of
 * its modules to the class loader's code (ControlsFX uses JavaFX internals) and lets them call native code (the
 * launcher grants that to the class path with {@code Enable-Native-Access}).
 */
final class JavaFxModuleLayer {

    /** The JavaFX modules the application uses, each with a class file that only its jar holds. */
    private static final Map<String, String> MODULES = Map.of(
            "javafx.base", "javafx/beans/Observable.class",
            "javafx.graphics", "javafx/application/Application.class",
            "javafx.controls", "javafx/scene/control/Control.class",
            "javafx.fxml", "javafx/fxml/FXMLLoader.class");

    private JavaFxModuleLayer() {}

    /**
     * A class loader for the window's classes over JavaFX's modules; empty when the class path has no JavaFX jars
     * to make modules of (JavaFX then starts from the class path, as before, with its warning).
     */
    static Optional<ClassLoader> applicationLoader() {
        ClassLoader classPath = ClassLoader.getSystemClassLoader();
        try {
            Set<Path> javaFxJars = new LinkedHashSet<>();
            for (String classFile : MODULES.values()) {
                Optional<Path> jar = jarOf(classPath.getResource(classFile));
                if (jar.isEmpty()) {
                    return Optional.empty();
                }
                javaFxJars.add(jar.get());
            }
            ModuleLayer.Controller layer = defineLayer(javaFxJars);
            List<URL> rest = new ArrayList<>();
            for (Path entry : classPathEntries()) {
                if (!javaFxJars.contains(entry)) {
                    rest.add(entry.toUri().toURL());
                }
            }
            URLClassLoader loader = new URLClassLoader(
                    "redshift-loader", rest.toArray(URL[]::new), layer.layer().findLoader("javafx.base"));
            openToClassPath(layer, loader.getUnnamedModule());
            return Optional.of(loader);
        } catch (IOException | RuntimeException e) {
            // A class path this does not understand: the window still opens, with JavaFX from the class path.
            System.err.println("JavaFX is loaded from the class path, not as modules: " + e);
            return Optional.empty();
        }
    }

    private static ModuleLayer.Controller defineLayer(Set<Path> javaFxJars) {
        ModuleLayer boot = ModuleLayer.boot();
        Configuration configuration = boot.configuration()
                .resolve(ModuleFinder.of(javaFxJars.toArray(Path[]::new)), ModuleFinder.of(), MODULES.keySet());
        return ModuleLayer.defineModulesWithOneLoader(
                configuration, List.of(boot), ClassLoader.getPlatformClassLoader());
    }

    private static void openToClassPath(ModuleLayer.Controller layer, Module classPath) {
        for (Module module : layer.layer().modules()) {
            layer.enableNativeAccess(module);
            for (String packageName : module.getPackages()) {
                layer.addOpens(module, packageName, classPath);
            }
        }
    }

    /** The jar a class file was found in; empty when it came from a directory or was not found. */
    private static Optional<Path> jarOf(URL classFile) throws IOException {
        if (classFile == null || !classFile.getProtocol().equals("jar")) {
            return Optional.empty();
        }
        URL jar = ((JarURLConnection) classFile.openConnection()).getJarFileURL();
        return Optional.of(toPath(jar.toString()));
    }

    /**
     * The class path as the JVM reads it: {@code java.class.path}, and after each jar the jars its manifest's
     * {@code Class-Path} names ({@code java -jar} puts only the jar itself in {@code java.class.path}).
     */
    static List<Path> classPathEntries() throws IOException {
        Set<Path> entries = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                addWithManifestClassPath(Path.of(entry).toAbsolutePath().normalize(), entries);
            }
        }
        return List.copyOf(entries);
    }

    private static void addWithManifestClassPath(Path entry, Set<Path> entries) throws IOException {
        if (!entries.add(entry) || !Files.isRegularFile(entry)) {
            return;
        }
        try (JarFile jar = new JarFile(entry.toFile())) {
            Manifest manifest = jar.getManifest();
            String classPath =
                    manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (classPath == null) {
                return;
            }
            for (String relative : classPath.trim().split("\\s+")) {
                Path named = toPath(entry.toUri().resolve(relative).toString());
                if (Files.exists(named)) {
                    addWithManifestClassPath(named, entries);
                }
            }
        }
    }

    private static Path toPath(String fileUrl) throws MalformedURLException {
        try {
            return Path.of(new URI(fileUrl)).toAbsolutePath().normalize();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new MalformedURLException("Not a file on this computer: " + fileUrl);
        }
    }
}
