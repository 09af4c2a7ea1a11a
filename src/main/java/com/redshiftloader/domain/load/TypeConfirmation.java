package com.redshiftloader.domain.load;

import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.TemporalPattern;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The full scan of a load whose column types were inferred from the file's first rows, running while the load
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
     * Waits for the full scan.
     *
     * @return empty when the plan's columns stand, else the columns and date layouts to load with instead
     * @throws LoadException when the full scan itself failed (the file cannot be read to the end)
     */
    Optional<Retyped> await() throws LoadException, InterruptedException;

    /** The columns (and the date/timestamp layouts per column name) the whole file needs. */
    record Retyped(List<ColumnSpec> columns, Map<String, TemporalPattern> patterns) {
        public Retyped {
            columns = List.copyOf(columns);
            patterns = Map.copyOf(patterns);
        }
    }

    /** The full scan disagreed with the first rows' types: nothing was loaded; load again with {@link #retyped()}. */
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
