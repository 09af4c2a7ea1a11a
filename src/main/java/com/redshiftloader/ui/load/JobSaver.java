package com.redshiftloader.ui.load;

import com.redshiftloader.domain.load.LoadJobWriter;
import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoadPath;
import com.redshiftloader.ui.common.DialogService;
import com.redshiftloader.ui.load.JobSource.JobResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** "Save as job…": builds the job, asks where to save it, writes it, and says what happened. */
public final class JobSaver {

    private final JobSource jobs;
    private final DialogService dialogs;
    private final LoadJobWriter writer;

    public JobSaver(JobSource jobs, DialogService dialogs, LoadJobWriter writer) {
        this.jobs = jobs;
        this.dialogs = dialogs;
        this.writer = writer;
    }

    /** The message for the user, or empty when they cancelled the file dialog. */
    public Optional<String> save(LoadMode mode, LoadPath path, int maxErrors) {
        return switch (jobs.job(mode, path, maxErrors)) {
            case JobResult.NotReady notReady -> Optional.of("Cannot save a job yet: " + notReady.reason());
            case JobResult.Ready ready ->
                dialogs.chooseJobFileToSave(ready.suggestedName()).map(file -> {
                    try {
                        writer.write(ready.job(), file);
                        return "Saved job to " + file + "; run it with: redshift-loader load --job " + quoted(file);
                    } catch (IOException e) {
                        return "Could not save the job to " + file + ": " + e.getMessage();
                    }
                });
        };
    }

    private static String quoted(Path file) {
        String text = file.toString();
        return text.contains(" ") ? "\"" + text + "\"" : text;
    }
}
