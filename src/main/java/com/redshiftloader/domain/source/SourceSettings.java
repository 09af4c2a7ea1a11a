package com.redshiftloader.domain.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;

/**
 * Everything needed to read a source file: detected by the inspector, then changeable by the user.
 *
 * @param format the layout of the records
 * @param gzip whether the file is gzip-compressed
 * @param encoding the character set of the (uncompressed) bytes
 * @param bom whether the file starts with a byte-order mark (readers skip it)
 * @param dialect how delimited text is written; ignored for JSON formats
 * @param nullTokens field values read as SQL NULL (compared exactly, case-sensitive)
 * @param maxFieldBytes the longest field accepted, in bytes; a longer one stops the read with a {@link SourceFormatException}
 * @param fillMissing whether a delimited record with fewer fields than columns is loaded with NULL for the missing
 *     ones (Redshift's FILLRECORD); otherwise it is a bad row. Extra fields are always a bad row.
 * @param multilineValues whether a quoted value may span lines that look like records of their own; otherwise such a
 *     value is taken for a stray quote and refused (see {@code CsvTokenizer})
 * @param badBytes what a UTF-8 read does with bytes that are not UTF-8: refuse the file, or replace each bad sequence
 *     with U+FFFD and count them
 * @param trim whether every value (quoted or not) loses its leading and trailing spaces and tabs before it is
 *     compared with the null tokens, typed and loaded (see {@link TrimmingRecordReader})
 */
public record SourceSettings(
        SourceFormat format,
        boolean gzip,
        Charset encoding,
        boolean bom,
        CsvDialect dialect,
        Set<String> nullTokens,
        int maxFieldBytes,
        boolean fillMissing,
        boolean multilineValues,
        BadBytes badBytes,
        boolean trim) {

    /** Null tokens by default: empty, {@code NULL}, {@code null}, {@code \N}, {@code NA}. */
    public static final Set<String> DEFAULT_NULL_TOKENS = Set.of("", "NULL", "null", "\\N", "NA");

    /** 16 MiB, the largest value Redshift stores (a SUPER value); a VARCHAR holds at most 65,535 bytes. */
    public static final int DEFAULT_MAX_FIELD_BYTES = 16 * 1024 * 1024;

    public SourceSettings {
        nullTokens = Set.copyOf(nullTokens);
        Objects.requireNonNull(badBytes, "badBytes");
        if (maxFieldBytes < 1) {
            throw new IllegalArgumentException("The largest field size must be positive, not " + maxFieldBytes + ".");
        }
    }

    /**
     * Which values are read as NULL and whether values are trimmed, for the load log, e.g. {@code Read as NULL:
     * empty fields, NULL, null, \N, NA; spaces and tabs around values are kept.}
     */
    public String valueRules() {
        return "Read as NULL: " + NullTokens.describe(nullTokens) + "; spaces and tabs around values are "
                + (trim ? "trimmed (before the NULL check)." : "kept.");
    }

    /** Plain UTF-8 CSV with RFC 4180 defaults. */
    public static SourceSettings csv() {
        return new SourceSettings(
                SourceFormat.CSV,
                false,
                StandardCharsets.UTF_8,
                false,
                CsvDialect.rfc4180(),
                DEFAULT_NULL_TOKENS,
                DEFAULT_MAX_FIELD_BYTES,
                false,
                false,
                BadBytes.REFUSE,
                false);
    }

    public SourceSettings withFormat(SourceFormat newFormat) {
        return new SourceSettings(
                newFormat,
                gzip,
                encoding,
                bom,
                dialect,
                nullTokens,
                maxFieldBytes,
                fillMissing,
                multilineValues,
                badBytes,
                trim);
    }

    public SourceSettings withGzip(boolean newGzip) {
        return new SourceSettings(
                format,
                newGzip,
                encoding,
                bom,
                dialect,
                nullTokens,
                maxFieldBytes,
                fillMissing,
                multilineValues,
                badBytes,
                trim);
    }

    public SourceSettings withEncoding(Charset newEncoding, boolean newBom) {
        return new SourceSettings(
                format,
                gzip,
                newEncoding,
                newBom,
                dialect,
                nullTokens,
                maxFieldBytes,
                fillMissing,
                multilineValues,
                badBytes,
                trim);
    }

    public SourceSettings withDialect(CsvDialect newDialect) {
        return new SourceSettings(
                format,
                gzip,
                encoding,
                bom,
                newDialect,
                nullTokens,
                maxFieldBytes,
                fillMissing,
                multilineValues,
                badBytes,
                trim);
    }

    public SourceSettings withNullTokens(Set<String> newNullTokens) {
        return new SourceSettings(
                format,
                gzip,
                encoding,
                bom,
                dialect,
                newNullTokens,
                maxFieldBytes,
                fillMissing,
                multilineValues,
                badBytes,
                trim);
    }

    public SourceSettings withMaxFieldBytes(int newMaxFieldBytes) {
        return new SourceSettings(
                format,
                gzip,
                encoding,
                bom,
                dialect,
                nullTokens,
                newMaxFieldBytes,
                fillMissing,
                multilineValues,
                badBytes,
                trim);
    }

    public SourceSettings withFillMissing(boolean newFillMissing) {
        return new SourceSettings(
                format,
                gzip,
                encoding,
                bom,
                dialect,
                nullTokens,
                maxFieldBytes,
                newFillMissing,
                multilineValues,
                badBytes,
                trim);
    }

    public SourceSettings withMultilineValues(boolean newMultilineValues) {
        return new SourceSettings(
                format,
                gzip,
                encoding,
                bom,
                dialect,
                nullTokens,
                maxFieldBytes,
                fillMissing,
                newMultilineValues,
                badBytes,
                trim);
    }

    public SourceSettings withBadBytes(BadBytes newBadBytes) {
        return new SourceSettings(
                format,
                gzip,
                encoding,
                bom,
                dialect,
                nullTokens,
                maxFieldBytes,
                fillMissing,
                multilineValues,
                newBadBytes,
                trim);
    }

    public SourceSettings withTrim(boolean newTrim) {
        return new SourceSettings(
                format,
                gzip,
                encoding,
                bom,
                dialect,
                nullTokens,
                maxFieldBytes,
                fillMissing,
                multilineValues,
                badBytes,
                newTrim);
    }
}
