package com.redshiftloader.domain.source;

import java.util.ArrayList;
import java.util.List;

/** Collects warnings: keeps the first few, counts them all. Not thread-safe. */
public final class WarningLog {

    private final int keep;
    private final List<SourceWarning> first = new ArrayList<>();
    private long count;
    private long replacedBytes;

    public WarningLog(int keep) {
        this.keep = keep;
    }

    public void add(long line, int column, String message) {
        count++;
        if (first.size() < keep) {
            first.add(new SourceWarning(line, column, message));
        }
    }

    /** Notes a bad UTF-8 sequence read as U+FFFD (the settings chose {@link BadBytes#REPLACE}). */
    public void addReplaced(EncodingEvidence.BytePlace place) {
        replacedBytes++;
        add(
                place.line(),
                0,
                String.format(
                        java.util.Locale.ROOT,
                        "byte %,d (0x%02X) is not UTF-8; it was read as U+FFFD",
                        place.byteInLine(),
                        place.value()));
    }

    /** How many bad UTF-8 sequences were read as U+FFFD. */
    public long replacedBytes() {
        return replacedBytes;
    }

    /** The first warnings, in file order. */
    public List<SourceWarning> first() {
        return List.copyOf(first);
    }

    /** How many warnings there were in all. */
    public long count() {
        return count;
    }
}
