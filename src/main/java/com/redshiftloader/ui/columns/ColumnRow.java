package com.redshiftloader.ui.columns;

import com.redshiftloader.domain.schema.inference.ColumnInference;
import com.redshiftloader.domain.schema.inference.RuledOut;
import com.redshiftloader.domain.schema.types.DateLayout;
import com.redshiftloader.domain.schema.types.DetectedPattern;
import com.redshiftloader.domain.schema.types.InvalidLayoutException;
import com.redshiftloader.domain.schema.types.InvalidTypeException;
import com.redshiftloader.domain.schema.types.RedshiftType;
import com.redshiftloader.domain.schema.types.RedshiftTypeParser;
import com.redshiftloader.ui.common.UiCounts;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One source column in the Columns step: include it?, its target name, its inferred type, the user's override and
 * date format.
 */
public final class ColumnRow {

    /** The epoch choice meaning "read the numbers as numbers". */
    public static final String NOT_EPOCH = "";

    private final String source;
    private final BooleanProperty include = new SimpleBooleanProperty(true);
    private final StringProperty name = new SimpleStringProperty("");
    private ColumnInference inference;
    private final StringProperty inferredType = new SimpleStringProperty("");
    private final StringProperty override = new SimpleStringProperty("");
    private final BooleanProperty mergeKey = new SimpleBooleanProperty(false);
    private final StringProperty epoch = new SimpleStringProperty(NOT_EPOCH);
    private final StringBinding overrideProblem;
    private final StringProperty dateFormat = new SimpleStringProperty("");
    private final StringProperty detectedFormat = new SimpleStringProperty("");
    private final StringBinding dateFormatProblem;

    ColumnRow(String source) {
        this.source = source;
        overrideProblem = Bindings.createStringBinding(
                () -> parseOverride().isPresent() || override.get().isBlank() ? "" : problemOf(override.get()),
                override);
        dateFormatProblem = Bindings.createStringBinding(this::layoutProblem, dateFormat);
    }

    public String source() {
        return source;
    }

    public BooleanProperty includeProperty() {
        return include;
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** The type the tool chose ({@code VARCHAR(16)}), before any override. */
    public StringProperty inferredTypeProperty() {
        return inferredType;
    }

    /** The user's type, empty for the chosen one. */
    public StringProperty overrideProperty() {
        return override;
    }

    /** Why the override is not a Redshift type, or empty. */
    public StringBinding overrideProblemProperty() {
        return overrideProblem;
    }

    public BooleanProperty mergeKeyProperty() {
        return mergeKey;
    }

    /** {@code epochsecs} or {@code epochmillisecs} to read whole numbers as times, or {@link #NOT_EPOCH}. */
    public StringProperty epochProperty() {
        return epoch;
    }

    /** The user's date layout in Redshift syntax ({@code MON DD YYYY}), empty to read the column as detected. */
    public StringProperty dateFormatProperty() {
        return dateFormat;
    }

    /** Why the date format is not a layout Redshift's syntax allows, or empty. */
    public StringBinding dateFormatProblemProperty() {
        return dateFormatProblem;
    }

    /** The layout detected in the column ({@code DD/MM/YYYY}), or empty when it holds no dates. */
    public StringProperty detectedFormatProperty() {
        return detectedFormat;
    }

    /** The inference as the user wants it read (in the given date layout, or as epoch times when asked). */
    ColumnInference effective(ColumnInference inferred) {
        Optional<DateLayout> layout = parseDateFormat();
        if (layout.isPresent()) {
            return inferred.withLayout(layout.get());
        }
        String format = epoch.get() == null ? NOT_EPOCH : epoch.get();
        return format.isEmpty() ? inferred : inferred.asEpoch(format);
    }

    /**
     * @param detected the column as inferred, for its detected layout
     * @param read the column as the user wants it read, for the evidence
     */
    void show(ColumnInference detected, ColumnInference read, RedshiftType chosen) {
        inference = read;
        inferredType.set(chosen.sql());
        detectedFormat.set(detected.temporalPattern()
                .filter(DetectedPattern.class::isInstance)
                .map(pattern -> pattern.redshiftFormat())
                .map(format -> format.equals("auto") ? "ISO 8601 (auto)" : format)
                .orElse(""));
    }

    Optional<DateLayout> parseDateFormat() {
        String text = dateFormat.get() == null ? "" : dateFormat.get().strip();
        try {
            return text.isEmpty() ? Optional.empty() : Optional.of(DateLayout.parse(text));
        } catch (InvalidLayoutException e) {
            return Optional.empty();
        }
    }

    private String layoutProblem() {
        String text = dateFormat.get() == null ? "" : dateFormat.get().strip();
        try {
            if (!text.isEmpty()) {
                DateLayout.parse(text);
            }
            return "";
        } catch (InvalidLayoutException e) {
            return e.getMessage();
        }
    }

    Optional<RedshiftType> parseOverride() {
        String text = override.get() == null ? "" : override.get().strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(RedshiftTypeParser.parse(text));
        } catch (InvalidTypeException e) {
            return Optional.empty();
        }
    }

    private static String problemOf(String text) {
        try {
            RedshiftTypeParser.parse(text.strip());
            return "";
        } catch (InvalidTypeException e) {
            return e.getMessage();
        }
    }

    /** The evidence behind the type, for a tooltip. */
    public String evidenceText() {
        ColumnInference inferred = inference;
        if (inferred == null) {
            return "";
        }
        var evidence = inferred.evidence();
        StringBuilder text = new StringBuilder();
        text.append("%s, %s, longest %s%n"
                .formatted(
                        UiCounts.of(evidence.values(), "value"),
                        UiCounts.of(evidence.nulls(), "null"),
                        UiCounts.of(evidence.maxBytes(), "byte")));
        if (!evidence.samples().isEmpty()) {
            text.append("Samples: ")
                    .append(String.join(" | ", evidence.samples()))
                    .append('\n');
        }
        for (RuledOut ruledOut : evidence.ruledOut()) {
            text.append(
                    "Not %s: line %d has '%s'%n".formatted(ruledOut.candidate(), ruledOut.line(), ruledOut.value()));
        }
        inferred.loadFormat()
                .ifPresent(format ->
                        text.append("Loads with format ").append(format).append('\n'));
        inferred.notes().forEach(note -> text.append(note).append('\n'));
        return text.toString().strip();
    }
}
