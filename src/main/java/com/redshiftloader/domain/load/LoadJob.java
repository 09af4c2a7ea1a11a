package com.redshiftloader.domain.load;

import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.types.DateLayout;
import com.redshiftloader.domain.schema.types.RedshiftType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A saved load to run again ({@code load --job FILE}): which profile, which file, and the choices that differ from
 * what the tool would decide itself. It never holds a secret: the profile is named, not copied.
 *
 * @param profile a saved profile's name, or the path of a profile file
 * @param file the source file
 * @param source the source settings that differ from detection
 * @param choices the target, mode, merge keys, path and reject budget, each absent where the tool decides (see
 *     {@link LoadChoices#saved}: a job never sets the rejects file, a dry run or table options)
 * @param columns per-source-column choices, in file order
 */
public record LoadJob(
        String profile, Path file, JobSourceSettings source, LoadChoices choices, List<JobColumn> columns) {

    public LoadJob {
        if (profile == null || profile.isBlank()) {
            throw new IllegalArgumentException("A job needs a profile: a saved profile's name or a profile file.");
        }
        if (!choices.savable()) {
            throw new IllegalArgumentException(
                    "A job saves no rejects file, dry run or table options (they are given for one run): " + choices);
        }
        columns = List.copyOf(columns);
        if (choices.maxErrors().isPresent() && choices.maxErrors().get() < 0) {
            throw new IllegalArgumentException("The reject budget cannot be negative: "
                    + choices.maxErrors().get());
        }
    }

    /** The type overrides by source column name, for {@code SchemaResolver}. */
    public Map<String, RedshiftType> typeOverrides() {
        Map<String, RedshiftType> types = new LinkedHashMap<>();
        columns.forEach(column -> column.type().ifPresent(type -> types.put(column.source(), type)));
        return types;
    }

    /** The date layouts by source column name, for {@code DateFormats}. */
    public Map<String, DateLayout> dateFormats() {
        Map<String, DateLayout> layouts = new LinkedHashMap<>();
        columns.forEach(column -> column.dateFormat().ifPresent(layout -> layouts.put(column.source(), layout)));
        return layouts;
    }

    /** The resolved columns with the job's target names applied and its excluded columns left out. */
    public List<ColumnSpec> applyTo(List<ColumnSpec> resolved) {
        Map<String, JobColumn> bySource = new LinkedHashMap<>();
        columns.forEach(column -> bySource.put(column.source(), column));
        List<ColumnSpec> chosen = new ArrayList<>(resolved.size());
        for (ColumnSpec spec : resolved) {
            Optional<JobColumn> choice = Optional.ofNullable(bySource.get(spec.source()));
            if (choice.map(JobColumn::excluded).orElse(false)) {
                continue;
            }
            String name = choice.flatMap(JobColumn::name).orElse(spec.name());
            chosen.add(new ColumnSpec(spec.position(), spec.source(), name, spec.type(), spec.origin()));
        }
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("The job leaves out every column; include at least one.");
        }
        return List.copyOf(chosen);
    }
}
