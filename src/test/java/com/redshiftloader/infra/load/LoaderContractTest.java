package com.redshiftloader.infra.load;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every load path must do, run against each engine: through the Redshift stand-in with the real Redshift
 * driver (multi-row INSERT), and straight to PostgreSQL (COPY FROM STDIN). The contract comes in parts: the load
 * modes, an existing target table, the values as loaded, and the rows that fail.
 */
abstract class LoaderContractTest
        implements LoadModesContract,
                ExistingTableContract,
                LoadedValuesContract,
                FailedRowsContract,
                TableRowCountsContract {

    @TempDir
    Path directory;

    final JdbcLoader loader = LoadFixture.loader();

    @Override
    public Path directory() {
        return directory;
    }

    @Override
    public JdbcLoader loader() {
        return loader;
    }

    /** Shortcut for the event collector. */
    static final class Events extends LoadFixture.Events {}
}
