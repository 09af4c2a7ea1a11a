package com.redshiftloader.ui.connection;

import com.redshiftloader.domain.connection.CheckResult;
import com.redshiftloader.domain.connection.ConnectionCheck;
import com.redshiftloader.domain.connection.ConnectionTestListener;
import com.redshiftloader.domain.connection.ConnectionTester;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.ui.task.BackgroundTasks;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Connection step's step-by-step connection test: its rows as they finish, and whether one runs. */
final class ConnectionTestRun {

    private final ConnectionTester tester;
    private final BackgroundTasks tasks;
    private final ObservableList<CheckRow> checks = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper testing = new ReadOnlyBooleanWrapper(false);
    private BackgroundTasks.Running running;

    ConnectionTestRun(ConnectionTester tester, BackgroundTasks tasks) {
        this.tester = tester;
        this.tasks = tasks;
    }

    ObservableList<CheckRow> checks() {
        return checks;
    }

    ReadOnlyBooleanProperty testingProperty() {
        return testing.getReadOnlyProperty();
    }

    /** Tests the profile in the background (obtained there, as starting the sandbox takes time); tells the outcome. */
    void start(ProfileSource profile, Consumer<String> status) {
        checks.setAll(
                Arrays.stream(ConnectionCheck.values()).map(CheckRow::pending).toList());
        testing.set(true);
        status.accept("Testing…");
        ConnectionTestListener listener = new ConnectionTestListener() {
            @Override
            public void started(ConnectionCheck check) {
                tasks.onUiThread(() -> replace(CheckRow.running(check)));
            }

            @Override
            public void finished(CheckResult result) {
                tasks.onUiThread(() -> replace(CheckRow.of(result)));
            }
        };
        running = tasks.run(
                "connection test",
                stop -> tester.test(profile.get(), listener),
                report -> {
                    testing.set(false);
                    status.accept(
                            report.passed() ? "Connection test passed" : "Connection test failed: see the marked step");
                },
                failure -> {
                    testing.set(false);
                    status.accept("Connection test stopped: " + message(failure));
                });
    }

    /** Stops a running test; false when none runs. */
    boolean cancel() {
        if (running == null || !testing.get()) {
            return false;
        }
        running.cancel();
        testing.set(false);
        return true;
    }

    /** Where the profile under test comes from, in the background. */
    @FunctionalInterface
    interface ProfileSource {
        ConnectionProfile get() throws ProfileServiceException;
    }

    private void replace(CheckRow row) {
        for (int i = 0; i < checks.size(); i++) {
            if (checks.get(i).check() == row.check()) {
                checks.set(i, row);
                return;
            }
        }
        checks.add(row);
    }

    private static String message(Throwable failure) {
        if (failure instanceof ProfileServiceException e) {
            return String.join("; ", e.problems());
        }
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }
}
