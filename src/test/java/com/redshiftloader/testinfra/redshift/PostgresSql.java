package com.redshiftloader.testinfra.redshift;

import com.redshiftloader.testinfra.redshift.CopyFromS3Statement.Format;
import com.redshiftloader.testinfra.redshift.CopyFromS3Statement.Options;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The PostgreSQL statements the stand-in sends in place of Redshift COPY statements. */
final class PostgresSql {

    /** Redshift reports load and S3 failures with SQLSTATE XX000 (internal error). */
    static final String REDSHIFT_ERROR_STATE = "XX000";

    private PostgresSql() {}

    /**
     * {@code COPY <table> [(cols)] FROM '<file>' WITH (...)} for a local file holding the concatenated S3 objects.
     * PostgreSQL's CSV reads an empty unquoted field as NULL; {@code EMPTYASNULL} adds {@code FORCE_NULL *} so that
     * quoted empty fields are NULL too.
     */
    static String copyFromFile(CopyFromS3Statement statement, Path file) {
        Options options = statement.options();
        List<String> with = new ArrayList<>();
        if (options.format() == Format.CSV) {
            with.add("FORMAT csv");
            with.add("DELIMITER " + literal(options.delimiter().orElse(",")));
            with.add("QUOTE " + literal(options.quote().orElse("\"")));
            options.nullAs().ifPresent(nullAs -> with.add("NULL " + literal(nullAs)));
            if (options.emptyAsNull() && options.nullAs().isEmpty()) {
                with.add("FORCE_NULL *");
            }
        } else {
            with.add("FORMAT text");
            with.add("DELIMITER " + literal(options.delimiter().orElse("|")));
            with.add("NULL " + literal(options.nullAs().orElse("\\N")));
        }
        with.add("ENCODING 'UTF8'");
        String columns = statement.columns().isEmpty() ? "" : " (" + String.join(", ", statement.columns()) + ")";
        return "COPY " + statement.table() + columns + " FROM " + literal(file.toString()) + " WITH ("
                + String.join(", ", with) + ")";
    }

    /**
     * Runs the COPY inside a block that is then rolled back: the data is parsed and checked against the table, as
     * Redshift's NOLOAD does, but no row stays. The client sees {@code DO} instead of {@code COPY 0}.
     */
    static String validateOnly(String copy) {
        return """
                DO $standin$
                BEGIN
                    BEGIN
                        EXECUTE %s;
                        RAISE SQLSTATE 'RSNOL';
                    EXCEPTION WHEN SQLSTATE 'RSNOL' THEN
                        NULL;
                    END;
                END
                $standin$""".formatted(literal(copy));
    }

    /** A statement that fails with the given message, as Redshift would fail the COPY. */
    static String raise(String message) {
        return "DO $standin$ BEGIN RAISE EXCEPTION USING ERRCODE = '" + REDSHIFT_ERROR_STATE + "', MESSAGE = "
                + literal(message) + "; END $standin$";
    }

    /** A standard-conforming string literal. */
    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
