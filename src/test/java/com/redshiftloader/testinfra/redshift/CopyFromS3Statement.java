package com.redshiftloader.testinfra.redshift;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed Redshift {@code COPY <table> [(columns)] FROM 's3://...' <options>} statement.
 *
 * @param table the table name as written (may be schema-qualified or quoted)
 * @param columns the column list as written, empty for all columns
 * @param source the {@code s3://bucket/key} URL: a key prefix, or the manifest object with {@code MANIFEST}
 * @param credentials what authorization the statement carried
 * @param region the {@code REGION} option, if given
 * @param options the data format and load options
 */
public record CopyFromS3Statement(
        String table,
        List<String> columns,
        String source,
        CopyCredentials credentials,
        Optional<String> region,
        Options options) {

    public CopyFromS3Statement {
        columns = List.copyOf(columns);
    }

    /** Data formats Redshift COPY knows; the stand-in loads only {@link #TEXT} and {@link #CSV}. */
    public enum Format {
        TEXT,
        CSV,
        JSON,
        AVRO,
        PARQUET,
        ORC,
        FIXEDWIDTH,
        SHAPEFILE
    }

    /** Compression of the S3 objects. */
    public enum Compression {
        NONE,
        GZIP,
        BZIP2,
        LZOP,
        ZSTD
    }

    /**
     * Format and load options.
     *
     * @param delimiter field delimiter; empty for the format's default ({@code ,} for CSV, {@code |} for text)
     * @param quote CSV quote character; empty for {@code "}
     * @param nullAs the {@code NULL AS} string, if given
     * @param ignoreHeader lines to skip at the start of each object
     * @param notEmulated options accepted for compatibility but without effect in the stand-in (name to argument)
     */
    public record Options(
            Format format,
            Optional<String> delimiter,
            Optional<String> quote,
            Optional<String> nullAs,
            int ignoreHeader,
            Compression compression,
            boolean manifest,
            boolean emptyAsNull,
            boolean noLoad,
            Map<String, String> notEmulated) {

        public Options {
            notEmulated = Map.copyOf(notEmulated);
        }
    }

    /** Parses the statement if it is a COPY from S3; other statements (including COPY FROM STDIN) give empty. */
    public static Optional<CopyFromS3Statement> parse(String sql) {
        return CopyStatementParser.parse(sql);
    }
}
