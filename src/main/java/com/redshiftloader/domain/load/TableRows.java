package com.redshiftloader.domain.load;

import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.sql.SqlIdentifiers;
import com.redshiftloader.domain.sql.TableName;
import java.util.List;
import java.util.Optional;

/** Reads back the first rows of a table after a load, so that the user sees what landed. */
public interface TableRows {

    /**
     * The first {@code limit} rows of {@code table}, in the order the database returns them.
     *
     * @throws LoadException when the connection or the query fails, saying what to check
     */
    Page first(ConnectionProfile profile, TableName table, int limit) throws LoadException;

    /** The query {@link #first} runs, for the user to run it again in a SQL client. */
    static String query(TableName table, int limit) {
        return "SELECT * FROM " + SqlIdentifiers.qualified(table.schema(), table.table()) + " LIMIT " + limit + ";";
    }

    /**
     * Rows read back: the table's column names, and per row one value per column as the database prints it, empty
     * for a NULL.
     */
    record Page(List<String> columns, List<List<Optional<String>>> rows) {
        public Page {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}
