package com.redshiftloader.domain.load;

import java.nio.file.Path;
import java.util.List;

/** Reads the rejects file a load wrote, so that the window can list the rows it set aside and why. */
public interface RejectedRows {

    /**
     * The first {@code limit} rows of the rejects file and how many more it holds.
     *
     * @throws LoadException when the file cannot be read, saying which file and why
     */
    Page read(Path rejectsFile, int limit) throws LoadException;

    /** One row set aside: its line in the source file (0 when unknown), the reason, and its raw fields. */
    record Rejected(long line, String reason, List<String> fields) {
        public Rejected {
            fields = List.copyOf(fields);
        }
    }

    /** The rows read, and how many more the file holds after them. */
    record Page(List<Rejected> rows, long more) {
        public Page {
            rows = List.copyOf(rows);
        }
    }
}
