package com.redshiftloader.infra.load;

import com.redshiftloader.domain.load.LoadException;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.load.TypeConfirmation;
import com.redshiftloader.domain.schema.ColumnInference;
import com.redshiftloader.domain.schema.TemporalPattern;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    private final TypeConfirmation confirmation;
    private volatile List<ColumnInference> inferred;

    /**
     * @param refused source lines the database refused in an earlier attempt, with the reason: set aside for the
     *     rejects file (they count against the reject budget)
     * @param confirmation the full scan the plan's column types await, if any (see {@link #open()})
     */
    RowSource(
            LoadPlan plan,
            Map<String, TemporalPattern> patterns,
            LoadCounters counters,
            Map<Long, String> refused,
            TypeConfirmation confirmation) {
        this.plan = plan;
        this.confirmation = confirmation;
        this.patterns = Map.copyOf(patterns);
        this.counters = counters;
        this.refused = Map.copyOf(refused);
    }

    /** The plan's rows with ISO (or no) date layouts and counters of their own. */
    public static RowSource of(LoadPlan plan) {
        return new RowSource(plan, Map.of(), new LoadCounters(), Map.of(), TypeConfirmation.NONE);
    }

    Map<Long, String> refused() {
        return refused;
    }

    public LoadPlan plan() {
        return plan;
    }

    Map<String, TemporalPattern> patterns() {
        return patterns;
    }

    /** Rows read so far, including those rejected. */
    public long rowsRead() {
        return counters.rowsRead.get();
    }

    /** Rows written to the rejects file so far. */
    public long rowsRejected() {
        return counters.rowsRejected.get();
    }

    /** Counts rows the database set aside itself (COPY within MAXERROR). */
    void addRejected(long rows) {
        counters.rowsRejected.addAndGet(rows);
    }

    /** The rows, converted; a full scan the column types await starts alongside (the rows are not typed here). */
    ConvertedRows open() throws LoadException {
        confirmation.start();
        return new ConvertedRows(plan, patterns, counters, refused);
    }

    /**
     * Whether the full scan has already found that the file needs other column types than the plan's: the filler stops,
     * and the load is rolled back and runs again with them (see {@link TypeConfirmation#refuted}).
     */
    boolean typesRefuted() {
        return confirmation.refuted().isPresent();
    }

    /** Whether a filler that reads every value itself should infer the column types on the way (see {@link #inferred}). */
    boolean wantsInference() {
        return confirmation != TypeConfirmation.NONE;
    }

    /** The filler read every value of the file and inferred the columns: the full scan need not run. */
    void inferred(List<ColumnInference> columns) {
        inferred = List.copyOf(columns);
    }

    /** Confirms the plan's column types: from the filler's own inference, else by the full scan. */
    Optional<TypeConfirmation.Retyped> confirmTypes() throws LoadException, InterruptedException {
        List<ColumnInference> columns = inferred;
        return columns != null ? confirmation.confirm(columns) : confirmation.await();
    }
}
