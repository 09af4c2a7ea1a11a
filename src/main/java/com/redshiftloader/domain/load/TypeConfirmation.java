package com.redshiftloader.domain.load;

import com.redshiftloader.domain.schema.ColumnInference;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.TemporalPattern;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The full scan of a load whose column types were inferred from a sample of the file's rows, running while the load
 * streams the file. The load commits only once the scan agrees; when the scan finds other types (a longer text, a
 * decimal with more digits, a word in a number column), the load is rolled back and {@link TypesChanged} tells the
 * caller to load again with them. A load that fails while the scan runs waits for it too: the failure may only be
 * the sample's types.
 */
@FunctionalInterface
public interface TypeConfirmation {

    /** For plans typed from the whole file: nothing to confirm. */
    TypeConfirmation NONE = () -> Optional.empty();

    /**
     * Waits for the full scan, starting it if it has not started.
     *
     * @return empty when the plan's columns stand, else the columns and date layouts to load with instead
     * @throws LoadException when the full scan itself failed (the file cannot be read to the end)
     */
    Optional<Retyped> await() throws LoadException, InterruptedException;

    /** Starts the full scan on a thread of its own, if it has not started: the load will not infer the types itself. */
    default void start() {}

    /**
     * Without waiting: the columns the whole file needs when the full scan has already finished and found other types
     * than the plan's; empty while it runs, when it agreed, or when it failed ({@link #await} reports that). A load
     * asks between batches, so that a wrong sample stops it early instead of at its end.
     */
    default Optional<Retyped> refuted() {
        return Optional.empty();
    }

    /**
     * Confirms from the load's own inference of the whole file (a load that read every value anyway), instead of
     * scanning it again.
     */
    default Optional<Retyped> confirm(List<ColumnInference> inferred) throws LoadException, InterruptedException {
        return await();
    }

    /** The columns (and the date/timestamp layouts per column name) the whole file needs. */
    record Retyped(List<ColumnSpec> columns, Map<String, TemporalPattern> patterns) {
        public Retyped {
            columns = List.copyOf(columns);
            patterns = Map.copyOf(patterns);
        }
    }

    /** The full scan disagreed with the sample's types: nothing was loaded; load again with {@link #retyped()}. */
    final class TypesChanged extends Exception {
        private final transient Retyped retyped;

        public TypesChanged(Retyped retyped, Throwable failure) {
            super("The full scan of the file changed column types", failure);
            this.retyped = retyped;
        }

        public Retyped retyped() {
            return retyped;
        }
    }
}
