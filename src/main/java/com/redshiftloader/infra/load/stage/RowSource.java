package com.redshiftloader.infra.load.stage;

import com.redshiftloader.domain.load.LoadException;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.schema.types.TemporalPattern;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/**
 * What a {@link StageFiller} loads: the plan, the date and timestamp layouts detected per column, and the counters
 * of rows read and rejected that end up in the load report. {@link #open()} streams the plan's file as converted
 * rows (the reject budget applied), the same way for every path.
 */
public final class RowSource {

    private final LoadPlan plan;
    private final Map<String, TemporalPattern> patterns;
    private final LoadCounters counters;
    private final Map<Long, String> refused;

    /**
     * @param refused source lines the database refused in an earlier attempt, with the reason: set aside for the
     *     rejects file (they count against the reject budget)
     */
    public RowSource(
            LoadPlan plan, Map<String, TemporalPattern> patterns, LoadCounters counters, Map<Long, String> refused) {
        this.plan = plan;
        this.patterns = Map.copyOf(patterns);
        this.counters = counters;
        this.refused = Map.copyOf(refused);
    }

    /** The size of the plan's file as stored (compressed, for a gzip file): what a load's bytes read count towards. */
    public static long fileBytes(LoadPlan plan) {
        try {
            return Files.size(plan.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plan's rows with ISO (or no) date layouts and counters of their own. */
    public static RowSource of(LoadPlan plan) {
        return new RowSource(plan, Map.of(), new LoadCounters(), Map.of());
    }

    public Map<Long, String> refused() {
        return refused;
    }

    public LoadPlan plan() {
        return plan;
    }

    public Map<String, TemporalPattern> patterns() {
        return patterns;
    }

    /** Rows written to the rejects file so far. */
    public long rowsRejected() {
        return counters.rowsRejected.get();
    }

    /** Counts rows the database set aside itself (COPY within MAXERROR). */
    public void addRejected(long rows) {
        counters.rowsRejected.addAndGet(rows);
    }

    /** The rows, converted. */
    public ConvertedRows open() throws LoadException {
        return new ConvertedRows(plan, patterns, counters, refused);
    }
}
