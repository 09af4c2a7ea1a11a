package com.redshiftloader.domain.load;

import java.nio.file.Path;

/** Reads a {@link LoadJob} from a file (the YAML adapter lives in infra). */
@FunctionalInterface
public interface LoadJobReader {

    /**
     * The job in the file; relative paths in it are taken from the job file's directory.
     *
     * @throws JobFileException naming the file and line of every problem
     */
    LoadJob read(Path file) throws JobFileException;
}
