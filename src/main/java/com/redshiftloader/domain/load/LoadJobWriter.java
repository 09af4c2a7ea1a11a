package com.redshiftloader.domain.load;

import java.io.IOException;
import java.nio.file.Path;

/** Writes a {@link LoadJob} to a file, replacing it atomically (the YAML adapter lives in infra). */
@FunctionalInterface
public interface LoadJobWriter {

    void write(LoadJob job, Path file) throws IOException;
}
