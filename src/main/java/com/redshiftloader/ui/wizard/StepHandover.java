package com.redshiftloader.ui.wizard;

import com.redshiftloader.domain.inspection.SourceInspector;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.ui.columns.ColumnsStepViewModel;
import com.redshiftloader.ui.columns.SourceFeed;
import com.redshiftloader.ui.connection.ConnectionStepViewModel;
import com.redshiftloader.ui.load.LoadStepInput;
import com.redshiftloader.ui.source.SourceStepViewModel;
import com.redshiftloader.ui.target.TargetFeed;
import com.redshiftloader.ui.target.TargetStepViewModel;
import com.redshiftloader.ui.task.BackgroundTasks;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What each wizard step hands the next, as typed records: the steps' ViewModels know nothing of each other, only
 * the wizard knows them all.
 */
public final class StepHandover {

    private StepHandover() {}

    /**
     * The Columns step, fed by the Source step: the columns found in the preview rows at once and in the whole file
     * when its scan completes, and the file and its settings when it checks values or names the table.
     */
    public static ColumnsStepViewModel columnsStep(
            SourceStepViewModel source,
            Supplier<Optional<ConnectionProfile>> profile,
            SourceInspector inspector,
            BackgroundTasks tasks) {
        ColumnsStepViewModel columns = new ColumnsStepViewModel(
                () -> new SourceFeed(Optional.ofNullable(source.fileProperty().get()), source.effectiveSettings()),
                profile,
                inspector,
                tasks);
        source.previewProperty().addListener((observable, before, preview) -> {
            columns.sourceChanged();
            if (preview != null) {
                columns.columnsFound(preview.columnsFromRows());
            }
        });
        source.scannedProperty().addListener((observable, before, scanned) -> {
            if (scanned != null) {
                columns.columnsFound(scanned.columns());
            }
        });
        return columns;
    }

    /** The Target step's input: the connection, the file and the Columns step's chosen columns. */
    public static Supplier<TargetFeed> targetFeed(
            ConnectionStepViewModel connection, SourceStepViewModel source, ColumnsStepViewModel columns) {
        return () -> new TargetFeed(
                connection.chosenProfile(),
                connection.sandboxSelectedProperty().get(),
                Optional.ofNullable(source.fileProperty().get()),
                source.effectiveSettings(),
                columns.validProperty().get() ? columns.columns() : List.of(),
                columns.validProperty().get() ? columns.temporalPatterns() : Map.of());
    }

    /**
     * The Load step's input, copied from the earlier steps each time it is asked for (on the FX thread): the target
     * table chosen on the Target step, and the columns mapped onto it.
     */
    public static Supplier<LoadStepInput> loadStepInput(
            ConnectionStepViewModel connection,
            SourceStepViewModel source,
            ColumnsStepViewModel columns,
            TargetStepViewModel target) {
        return () -> new LoadStepInput(
                connection.chosenProfile(),
                Optional.ofNullable(connection.selectedProfileProperty().get()),
                connection.sandboxSelectedProperty().get(),
                Optional.ofNullable(source.fileProperty().get()),
                source.effectiveSettings(),
                source.detectedSettings(),
                MappedColumns.apply(
                        new LoadStepInput.ChosenColumns(
                                columns.validProperty().get(),
                                columns.problemProperty().get(),
                                columns.columns(),
                                columns.temporalPatterns(),
                                columns.mergeKeys(),
                                columns.jobColumns()),
                        target),
                new LoadStepInput.ChosenTarget(
                        target.validProperty().get(), target.problemProperty().get(), Optional.of(target.target())));
    }
}
