package com.redshiftloader.ui.columns;

import com.redshiftloader.domain.load.JobColumn;
import com.redshiftloader.domain.schema.ColumnNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The Columns step's rows as a job's column choices: only what differs from detection is kept. */
final class JobColumns {

    private JobColumns() {}

    static List<JobColumn> of(List<ColumnRow> rows, boolean lowerCase) {
        List<String> defaultNames =
                ColumnNames.normalise(rows.stream().map(ColumnRow::source).toList(), lowerCase);
        List<JobColumn> choices = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ColumnRow row = rows.get(i);
            String name =
                    Optional.ofNullable(row.nameProperty().get()).orElse("").strip();
            JobColumn choice = new JobColumn(
                    row.source(),
                    row.parseOverride(),
                    name.equals(defaultNames.get(i)) ? Optional.empty() : Optional.of(name),
                    !row.includeProperty().get(),
                    row.parseDateFormat());
            if (!choice.isDefault()) {
                choices.add(choice);
            }
        }
        return choices;
    }
}
