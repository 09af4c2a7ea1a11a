package com.redshiftloader.app;

import com.redshiftloader.domain.connection.ConnectionTester;
import com.redshiftloader.domain.inspection.SourceInspector;
import com.redshiftloader.domain.load.LoaderFactory;
import com.redshiftloader.domain.load.RejectedRows;
import com.redshiftloader.domain.load.RunHistory;
import com.redshiftloader.domain.load.TableRows;
import com.redshiftloader.domain.target.TargetCatalog;
import com.redshiftloader.infra.aws.RedshiftCredentialsProvider;
import com.redshiftloader.infra.jdbc.JdbcConnector;
import com.redshiftloader.infra.jdbc.JdbcTableRows;
import com.redshiftloader.infra.load.rejects.RejectsReader;
import com.redshiftloader.ui.common.DialogService;
import com.redshiftloader.ui.connection.ProfileService;
import com.redshiftloader.ui.shell.UiPreferences;
import com.redshiftloader.ui.task.BackgroundTasks;
import java.util.Optional;

/**
 * What the GUI is built from: the adapters and seams the composition root hands to the ViewModels.
 *
 * @param targets reads the destination's tables and columns for the Target step
 * @param tableRows reads back the loaded table's first rows
 * @param rejectedRows reads the rejects file a load wrote
 */
public record GuiServices(
        UiPreferences preferences,
        DialogService dialogs,
        ProfileService profiles,
        ConnectionTester tester,
        SourceInspector inspector,
        LoaderFactory loaders,
        BackgroundTasks tasks,
        RunHistory runHistory,
        TargetCatalog targets,
        TableRows tableRows,
        RejectedRows rejectedRows) {

    /**
     * The services, reading back tables through a connector of their own that reads no environment variables and
     * the rejects files with the app's reader.
     */
    public GuiServices(
            UiPreferences preferences,
            DialogService dialogs,
            ProfileService profiles,
            ConnectionTester tester,
            SourceInspector inspector,
            LoaderFactory loaders,
            BackgroundTasks tasks,
            RunHistory runHistory,
            TargetCatalog targets) {
        this(
                preferences,
                dialogs,
                profiles,
                tester,
                inspector,
                loaders,
                tasks,
                runHistory,
                targets,
                new JdbcTableRows(new JdbcConnector(
                        new RedshiftCredentialsProvider(name -> Optional.empty()), name -> Optional.empty())),
                new RejectsReader());
    }
}
