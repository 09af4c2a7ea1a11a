package com.redshiftloader.infra.load;

import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.load.LoadReport;
import com.redshiftloader.domain.profile.ConnectionProfile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * What the parts of the loader contract need from the test of one engine (see {@link LoaderContractTest}): JUnit runs
 * their default test methods on every class that implements them.
 */
interface LoaderContract {

    ConnectionProfile profile();

    /** A direct connection to the database, for setting up and checking tables. */
    Connection connect() throws SQLException;

    /** The test's own directory for the files it loads. */
    Path directory();

    JdbcLoader loader();

    default LoadReport load(LoadPlan plan) throws Exception {
        return loader().load(plan, new LoadFixture.Events());
    }
}
