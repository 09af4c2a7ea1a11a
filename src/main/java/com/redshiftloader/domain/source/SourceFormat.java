package com.redshiftloader.domain.source;

/** The layout of a source file. Compression is separate (see {@link SourceSettings#gzip()}). */
public enum SourceFormat {
    /** Delimited text, comma by default (RFC 4180 quoting). */
    CSV,
    /** Delimited text with a tab delimiter. */
    TSV,
    /** One top-level JSON array of objects. */
    JSON,
    /** One JSON object per line (JSON Lines, NDJSON). */
    JSONL;

    /** Whether records come from a delimited-text tokenizer (as opposed to a JSON parser). */
    public boolean isDelimited() {
        return this == CSV || this == TSV;
    }
}
