package com.redshiftloader.ui.target;

import com.redshiftloader.domain.target.ColumnFit;
import com.redshiftloader.domain.target.TableShape;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The mapping grid's words: what the load does with each file column, and what blocks the load. */
final class MappingStatus {

    private MappingStatus() {}

    /** Sets each file row's table type and status from the fit check (in the mapped columns' order), if done. */
    static void show(List<MappingRow> rows, TableShape table, Optional<List<ColumnFit>> fits, boolean checking) {
        int mapped = 0;
        for (MappingRow row : rows) {
            String target = row.targetProperty().get();
            if (target == null) {
                row.show("", "choose a table column, add it, or skip it");
                continue;
            }
            if (target.equals(MappingRow.SKIP)) {
                row.show("", "skipped: not loaded");
                continue;
            }
            String type = table.column(target).map(TableShape.Column::type).orElse("");
            int index = mapped++;
            Optional<ColumnFit> fit = fits.filter(all -> all.size() > index).map(all -> all.get(index));
            if (target.equals(MappingRow.ADD)) {
                row.show("", "will be added");
            } else if (fit.isPresent()) {
                row.show(fit.get().tableType().orElse(type), words(fit.get()));
            } else {
                row.show(type, checking ? "checking the values…" : "");
            }
        }
    }

    private static String words(ColumnFit fit) {
        return switch (fit.verdict()) {
            case FITS -> "fits";
            case CHECKED -> "each value is checked: one that does not fit is a rejected row";
            case ADDED -> "will be added";
            case NOTHING_FITS -> "does not fit: " + fit.detail();
        };
    }

    /** Why the mapping cannot load yet, or empty. */
    static String problem(List<MappingRow> rows, Optional<List<ColumnFit>> fits, boolean checking, String fitFailure) {
        Set<String> targets = new HashSet<>();
        boolean any = false;
        for (MappingRow row : rows) {
            String target = row.targetProperty().get();
            if (target == null) {
                return "Choose where " + row.source() + " goes: a table column, a new column, or skip.";
            }
            if (target.equals(MappingRow.SKIP)) {
                continue;
            }
            any = true;
            String name = target.equals(MappingRow.ADD) ? row.source() : target;
            if (!targets.add(name.toLowerCase(Locale.ROOT))) {
                return "Two file columns go to " + name + ": map or skip one of them.";
            }
        }
        if (!any) {
            return "Every file column is skipped: map at least one.";
        }
        if (!fitFailure.isEmpty()) {
            return fitFailure;
        }
        if (checking || fits.isEmpty()) {
            return "Checking the file's values against the table…";
        }
        return fits.get().stream()
                .filter(fit -> fit.verdict() == ColumnFit.Verdict.NOTHING_FITS)
                .findFirst()
                .map(fit -> fit.detail() + " Map the column to another one, skip it, or change its type on the"
                        + " Columns step.")
                .orElse("");
    }
}
