package com.redshiftloader.bench;

import com.redshiftloader.testinfra.EmbeddedPostgresServer;
import com.redshiftloader.testinfra.PostgresDatabaseExtension;
import com.redshiftloader.testinfra.TestDatabase;
import com.redshiftloader.testinfra.redshift.RedshiftStandIn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Runs the Redshift stand-in (and the embedded PostgreSQL behind it) as a process of its own, so that
 * {@code bench/load-vs-psql.sh} can time the whole {@code redshift-loader load} command through the real Redshift
 * driver. Writes one line of shell assignments (stand-in port, PostgreSQL port, database, user, password) to the file
 * named by its argument, then serves until it is stopped (the shutdown hook stops PostgreSQL).
 */
public final class StandInMain {

    private StandInMain() {}

    public static void main(String[] args) throws Exception {
        TestDatabase database = PostgresDatabaseExtension.create("bench");
        try (RedshiftStandIn standIn = RedshiftStandIn.start(database)) {
            Path ready = Path.of(args[0]);
            Path partial = ready.resolveSibling(ready.getFileName() + ".tmp");
            Files.writeString(
                    partial,
                    String.format(
                            Locale.ROOT,
                            "standin_port=%d pg_port=%d database=%s user=%s password=%s%n",
                            standIn.port(),
                            EmbeddedPostgresServer.get().port(),
                            database.name(),
                            database.user(),
                            database.password()));
            Files.move(partial, ready, StandardCopyOption.ATOMIC_MOVE);
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
