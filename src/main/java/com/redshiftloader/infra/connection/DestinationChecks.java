package com.redshiftloader.infra.connection;

import com.redshiftloader.domain.connection.ConnectionCheck;
import com.redshiftloader.domain.connection.ConnectionFailedException;
import com.redshiftloader.domain.sql.SqlIdentifiers;
import com.redshiftloader.infra.jdbc.DestinationCatalog;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The destination steps: the schema exists or can be created, the table exists or can be created. */
final class DestinationChecks {

    private static final int COLUMNS_SHOWN = 8;

    private DestinationChecks() {}

    static String schema(TestSession session) throws ConnectionFailedException, SQLException {
        DestinationCatalog catalog = catalog(session);
        String schema = session.profile.schema();
        session.schemaExists = catalog.schemaExists(schema);
        if (session.schemaExists) {
            return "schema " + schema + " exists";
        }
        if (session.profile.skipSchemaCreation()) {
            throw new ConnectionFailedException(
                    ConnectionCheck.SCHEMA,
                    "The schema " + schema + " does not exist, and skip_schema_creation is true.",
                    "Create it (CREATE SCHEMA " + SqlIdentifiers.quote(schema) + ";), choose an existing schema, or set"
                            + " skip_schema_creation: false.");
        }
        if (catalog.mayCreateSchemas()) {
            return "schema " + schema + " does not exist yet; it will be created";
        }
        String user = catalog.currentUser();
        String database = catalog.currentDatabase();
        throw new ConnectionFailedException(
                ConnectionCheck.SCHEMA,
                "The schema " + schema + " does not exist, and user " + user + " may not create schemas in database "
                        + database + ".",
                "Ask an administrator to run: GRANT CREATE ON DATABASE " + SqlIdentifiers.quote(database) + " TO "
                        + SqlIdentifiers.quote(user) + "; or create the schema and set skip_schema_creation: true.");
    }

    static String table(TestSession session) throws ConnectionFailedException, SQLException {
        String schema = session.profile.schema();
        String table = session.profile.table().orElseThrow();
        if (!session.schemaExists) {
            return "table " + table + " will be created with the schema";
        }
        DestinationCatalog catalog = catalog(session);
        Optional<DestinationCatalog.Table> existing = catalog.table(schema, table);
        if (existing.isPresent()) {
            String name = existing.get().name();
            if (!catalog.mayInsertInto(schema, name)) {
                throw grantNeeded(
                        catalog,
                        "may not insert into " + schema + "." + name,
                        "GRANT SELECT, INSERT, UPDATE, DELETE ON " + SqlIdentifiers.quote(schema) + "."
                                + SqlIdentifiers.quote(name));
            }
            return "table " + schema + "." + name + " exists with "
                    + describe(existing.get().columns());
        }
        if (catalog.mayCreateTablesIn(schema)) {
            return "table " + schema + "." + table + " does not exist yet; it will be created";
        }
        throw grantNeeded(
                catalog,
                "may not create the table " + table + " in schema " + schema,
                "GRANT CREATE, USAGE ON SCHEMA " + SqlIdentifiers.quote(schema));
    }

    private static ConnectionFailedException grantNeeded(DestinationCatalog catalog, String what, String grant)
            throws SQLException {
        String user = catalog.currentUser();
        return new ConnectionFailedException(
                ConnectionCheck.TABLE,
                "User " + user + " " + what + ".",
                "Ask an administrator to run: " + grant + " TO " + SqlIdentifiers.quote(user) + ";");
    }

    private static String describe(List<String> columns) {
        String shown = String.join(", ", columns.subList(0, Math.min(COLUMNS_SHOWN, columns.size())));
        String more = columns.size() > COLUMNS_SHOWN ? ", …" : "";
        return columns.size() + (columns.size() == 1 ? " column (" : " columns (") + shown + more + ")";
    }

    private static DestinationCatalog catalog(TestSession session) {
        return new DestinationCatalog(session.connection(), session.redshiftServer, session.profile.connectTimeout());
    }
}
