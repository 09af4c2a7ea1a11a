package com.redshiftloader.domain.sql;

import java.util.Optional;

/**
 * The options of a Redshift {@code COPY} from S3.
 *
 * @param source the S3 URL of the manifest (with {@code manifest}) or of a key prefix
 * @param format CSV or JSON, with compression
 * @param region the bucket's region when it differs from the cluster's
 * @param dateFormat {@code DATEFORMAT} (a Redshift pattern or {@code auto})
 * @param timeFormat {@code TIMEFORMAT}
 * @param maxErrors rows that may be rejected before the COPY fails (0: all or nothing)
 * @param noLoad check the files without loading them (a dry run)
 */
public record CopyOptions(
        String source,
        boolean manifest,
        CopyFormat format,
        CopyCredentials credentials,
        Optional<String> region,
        Optional<String> dateFormat,
        Optional<String> timeFormat,
        int maxErrors,
        boolean noLoad) {

    /** The staged files' format. */
    public sealed interface CopyFormat {

        /**
         * RFC 4180 CSV.
         *
         * @param nullAs the unquoted field that stands for NULL ({@code NULL AS}); empty for {@code EMPTYASNULL}, where
         *     empty fields (quoted or not) load as NULL and an empty string cannot be told from NULL
         */
        record Csv(char delimiter, char quote, int ignoreHeader, boolean gzip, Optional<String> nullAs)
                implements CopyFormat {

            /** CSV with {@code EMPTYASNULL}. */
            public Csv(char delimiter, char quote, int ignoreHeader, boolean gzip) {
                this(delimiter, quote, ignoreHeader, gzip, Optional.empty());
            }
        }

        /** JSON Lines matched to columns by name ({@code 'auto'} matches lower-case keys). */
        record JsonAuto(boolean gzip, boolean ignoreCase) implements CopyFormat {}
    }

    public CopyOptions {
        if (maxErrors < 0 || maxErrors > 100_000) {
            throw new IllegalArgumentException("MAXERROR must be between 0 and 100000, not " + maxErrors);
        }
    }
}
