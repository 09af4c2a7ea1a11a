package com.redshiftloader.domain.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The saved profiles, as the commands read them (the YAML store in infra implements it). */
public interface ProfileCatalog {

    /** Where the saved profiles are kept, for messages. */
    Path directory();

    /** The names of the saved profiles, sorted. */
    List<String> list() throws IOException;

    /** Whether a profile of this name is saved. */
    boolean exists(String name);

    /** A saved profile with its secrets. */
    ConnectionProfile load(String name) throws ProfileFileException;

    /** A profile from any YAML file (a Mage config, an exported profile), named after the file. */
    ConnectionProfile loadFile(Path file) throws ProfileFileException;
}
