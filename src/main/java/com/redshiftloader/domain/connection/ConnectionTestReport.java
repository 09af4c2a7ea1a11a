package com.redshiftloader.domain.connection;

import java.util.List;

/** Every step's result, in order. */
public record ConnectionTestReport(List<CheckResult> results) {

    public ConnectionTestReport {
        results = List.copyOf(results);
    }

    /** Whether no step failed. */
    public boolean passed() {
        return results.stream().noneMatch(result -> result instanceof CheckResult.Failed);
    }
}
