package com.redshiftloader.ui.wizard;

import com.redshiftloader.domain.load.JobColumn;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.types.TemporalPattern;
import com.redshiftloader.ui.load.LoadStepInput.ChosenColumns;
import com.redshiftloader.ui.target.TargetStepViewModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Columns step's choices with the Target step's mapping applied: the columns named as the table's, the skipped
 * ones left out, and the layouts, merge keys and a saved job's columns following them.
 */
final class MappedColumns {

    private MappedColumns() {}

    static ChosenColumns apply(ChosenColumns columns, TargetStepViewModel target) {
        if (!target.mapsColumns()) {
            return columns;
        }
        if (columns.valid() && !target.mapping().mappedFrom().equals(columns.chosen())) {
            // Changed on the Columns step and reached here by a step header, past the Target step: the mapping
            // and its fit check are about other columns; applying them by name could load into the wrong columns.
            return new ChosenColumns(
                    false,
                    "they changed after they were mapped onto " + target.target()
                            + "; open the Target step to map them again.",
                    columns.chosen(),
                    columns.temporalPatterns(),
                    columns.mergeKeys(),
                    columns.jobColumns());
        }
        Map<String, String> renames = target.mapping().renames();
        Set<String> skipped = target.mapping().skipped();
        Map<String, TemporalPattern> patterns = new LinkedHashMap<>();
        columns.temporalPatterns().forEach((name, pattern) -> {
            if (!skipped.contains(name)) {
                patterns.put(renames.getOrDefault(name, name), pattern);
            }
        });
        List<String> keys = columns.mergeKeys().stream()
                .filter(key -> !skipped.contains(key))
                .map(key -> renames.getOrDefault(key, key))
                .toList();
        // From the Columns step's current columns, so that a change made there since the mapping still counts.
        List<ColumnSpec> chosen = columns.chosen().stream()
                .filter(column -> !skipped.contains(column.name()))
                .map(column -> new ColumnSpec(
                        column.position(),
                        column.source(),
                        renames.getOrDefault(column.name(), column.name()),
                        column.type(),
                        column.origin()))
                .toList();
        return new ChosenColumns(
                columns.valid(), columns.problem(), chosen, patterns, keys, jobColumns(columns, renames, skipped));
    }

    /** A mapped column is a job column with the table column's name; a skipped one is excluded. */
    private static List<JobColumn> jobColumns(ChosenColumns columns, Map<String, String> renames, Set<String> skipped) {
        Map<String, JobColumn> bySource = new LinkedHashMap<>();
        columns.jobColumns().forEach(column -> bySource.put(column.source(), column));
        for (ColumnSpec column : columns.chosen()) {
            Optional<JobColumn> before = Optional.ofNullable(bySource.get(column.source()));
            var type = before.flatMap(JobColumn::type);
            var layout = before.flatMap(JobColumn::dateFormat);
            if (skipped.contains(column.name())) {
                bySource.put(
                        column.source(),
                        new JobColumn(column.source(), type, before.flatMap(JobColumn::name), true, layout));
            } else if (renames.containsKey(column.name())) {
                bySource.put(
                        column.source(),
                        new JobColumn(column.source(), type, Optional.of(renames.get(column.name())), false, layout));
            }
        }
        return List.copyOf(bySource.values());
    }
}
