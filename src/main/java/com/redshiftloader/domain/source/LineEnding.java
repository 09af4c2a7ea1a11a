package com.redshiftloader.domain.source;

/** The line ending seen in a delimited file; readers accept all of them, this is what the file mostly uses. */
public enum LineEnding {
    LF,
    CRLF,
    CR
}
