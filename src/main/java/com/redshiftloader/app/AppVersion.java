package com.redshiftloader.app;

/** The application's version, from the jar manifest ("dev" when run from classes). */
public final class AppVersion {

    private AppVersion() {}

    public static String current() {
        String version = AppVersion.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
