package com.redshiftloader.app;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Starts the window with JavaFX loaded as modules, the configuration JavaFX supports (from the class path it warns
 * "Unsupported JavaFX configuration" on every start). It touches no JavaFX class itself, so that the command line
 * never loads one: {@link JavaFxModuleLayer} makes the class loader, and {@link GuiStart}, loaded there, launches.
 */
final class GuiLauncher {

    private GuiLauncher() {}

    /** Opens the window; returns a non-zero exit code, after saying why, when there is no desktop to open it on. */
    static int launch() {
        ClassLoader loader = JavaFxModuleLayer.applicationLoader().orElse(GuiLauncher.class.getClassLoader());
        Thread.currentThread().setContextClassLoader(loader); // service look-ups (JDBC drivers, Ikonli) go there
        try {
            Method launch =
                    Class.forName(GuiStart.class.getName(), true, loader).getDeclaredMethod("launch");
            launch.setAccessible(true); // package-private, in a package of the other class loader
            return (int) launch.invoke(null);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("The window failed to start", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The window's launcher class is missing from the jar", e);
        }
    }
}
