package com.redshiftloader.ui.load;

import com.redshiftloader.domain.load.LoadJob;
import com.redshiftloader.domain.load.LoadJobWriter;
import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoadPath;
import com.redshiftloader.ui.common.DialogService;
import com.redshiftloader.ui.load.JobSource.JobResult;
import com.redshiftloader.ui.task.BackgroundTasks;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * "Save as job…": builds the job, asks where to save it, writes it in the background (never on the UI thread), and
 * says what happened.
 */
public final class JobSaver {

    private final JobSource jobs;
    private final DialogService dialogs;
    private final LoadJobWriter writer;
    private final BackgroundTasks tasks;

    public JobSaver(JobSource jobs, DialogService dialogs, LoadJobWriter writer, BackgroundTasks tasks) {
        this.jobs = jobs;
        this.dialogs = dialogs;
        this.writer = writer;
        this.tasks = tasks;
    }

    /**
     * Saves the current choices as a job; {@code report} then gets the message for the user on the UI thread (nothing
     * when they cancel the file dialog).
     */
    public void save(LoadMode mode, LoadPath path, int maxErrors, Consumer<String> report) {
        switch (jobs.job(mode, path, maxErrors)) {
            case JobResult.NotReady notReady -> report.accept("Cannot save a job yet: " + notReady.reason());
            case JobResult.Ready ready ->
                dialogs.chooseJobFileToSave(ready.suggestedName()).ifPresent(file -> write(ready.job(), file, report));
        }
    }

    private void write(LoadJob job, Path file, Consumer<String> report) {
        tasks.run(
                "save job",
                stop -> {
                    writer.write(job, file);
                    return file;
                },
                written -> report.accept(
                        "Saved job to " + written + "; run it with: redshift-loader load --job " + quoted(written)),
                failure -> report.accept("Could not save the job to " + file + ": " + failure.getMessage()));
    }

    private static String quoted(Path file) {
        String text = file.toString();
        return text.contains(" ") ? "\"" + text + "\"" : text;
    }
}
