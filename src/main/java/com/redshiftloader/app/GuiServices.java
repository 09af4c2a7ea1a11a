package com.redshiftloader.app;

import com.redshiftloader.domain.connection.ConnectionTester;
import com.redshiftloader.domain.inspection.SourceInspector;
import com.redshiftloader.domain.load.LoaderFactory;
import com.redshiftloader.domain.load.RunHistory;
import com.redshiftloader.ui.common.DialogService;
import com.redshiftloader.ui.connection.ProfileService;
import com.redshiftloader.ui.shell.UiPreferences;
import com.redshiftloader.ui.task.BackgroundTasks;

/** What the GUI is built from: the adapters and seams the composition root hands to the ViewModels. */
public record GuiServices(
        UiPreferences preferences,
        DialogService dialogs,
        ProfileService profiles,
        ConnectionTester tester,
        SourceInspector inspector,
        LoaderFactory loaders,
        BackgroundTasks tasks,
        RunHistory runHistory) {}
