package com.redshiftloader.domain.source;

import java.util.ArrayList;
import java.util.List;

/** Collects warnings: keeps the first few, counts them all. Not thread-safe. */
public final class WarningLog {

    private final int keep;
    private final List<SourceWarning> first = new ArrayList<>();
    private long count;

    public WarningLog(int keep) {
        this.keep = keep;
    }

    public void add(long line, int column, String message) {
        count++;
        if (first.size() < keep) {
            first.add(new SourceWarning(line, column, message));
        }
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
