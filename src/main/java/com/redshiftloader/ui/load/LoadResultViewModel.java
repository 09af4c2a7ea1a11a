package com.redshiftloader.ui.load;

import com.redshiftloader.domain.load.LoadReport;
import com.redshiftloader.domain.load.RejectedRows;
import com.redshiftloader.domain.load.TableRows;
import com.redshiftloader.domain.profile.AuthMethod;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.text.Counts;
import com.redshiftloader.ui.common.DialogService;
import com.redshiftloader.ui.common.UiCounts;
import com.redshiftloader.ui.task.BackgroundTasks;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What a finished load landed, for the Load step's Result and Rejected rows tabs: the table's rows before and after,
 * its first rows read back from the database (with the query that reads them), the Local sandbox's connection, and
 * the rows the load set aside with their reasons. Reading happens in the background; {@link #clear()} forgets it all,
 * including what is still being read.
 */
public final class LoadResultViewModel {

    /** How many rows of the target the grid shows. */
    public static final int GRID_ROWS = 200;

    /** How many rejected rows the step lists. */
    public static final int REJECTS_SHOWN = 1_000;

    private final TableRows tableRows;
    private final RejectedRows rejectedRows;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<List<Optional<String>>> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper gridStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper query = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sandboxInfo = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper connectionString = new ReadOnlyStringWrapper("");
    private static final String REJECTS_TITLE = "Rejected rows";
    private final ObservableList<RejectedLine> rejected = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper rejectsStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rejectsTitle = new ReadOnlyStringWrapper(REJECTS_TITLE);
    private final ReadOnlyBooleanWrapper landed = new ReadOnlyBooleanWrapper(false);
    private Optional<Path> rejectsFile = Optional.empty();
    /** Counts the results shown: a read that comes back after {@link #clear()} belongs to an older one. */
    private long shown;

    /** A rejected row as listed: its source line, the reason, its fields. */
    public record RejectedLine(String line, String reason, String fields) {}

    public LoadResultViewModel(
            TableRows tableRows, RejectedRows rejectedRows, BackgroundTasks tasks, DialogService dialogs) {
        this.tableRows = tableRows;
        this.rejectedRows = rejectedRows;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    /** The target's rows before → after, and what the load inserted, updated and rejected. */
    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** The column names of the rows read back. */
    public ObservableList<String> columns() {
        return columns;
    }

    /** The first rows of the target, one value per column, empty for a NULL. */
    public ObservableList<List<Optional<String>>> rows() {
        return rows;
    }

    /** What the grid shows ("The first 200 of 1,000 rows …"), that it is being read, or why it could not be. */
    public ReadOnlyStringProperty gridStatusProperty() {
        return gridStatus.getReadOnlyProperty();
    }

    /** The SQL that reads the grid's rows, for a SQL client. */
    public ReadOnlyStringProperty queryProperty() {
        return query.getReadOnlyProperty();
    }

    /** Where the Local sandbox listens (host, port, database, user), or empty when the load went elsewhere. */
    public ReadOnlyStringProperty sandboxInfoProperty() {
        return sandboxInfo.getReadOnlyProperty();
    }

    /** The sandbox's connection string, for psql and other clients; it holds no secret (the sandbox has none). */
    public ReadOnlyStringProperty connectionStringProperty() {
        return connectionString.getReadOnlyProperty();
    }

    /** The rejected rows, at most {@link #REJECTS_SHOWN}. */
    public ObservableList<RejectedLine> rejected() {
        return rejected;
    }

    /** "Rejected rows", with how many the load rejected (not only those listed) once it rejected any. */
    public ReadOnlyStringProperty rejectsTitleProperty() {
        return rejectsTitle.getReadOnlyProperty();
    }

    /** How many rows were rejected, how many are listed, and where the file is; empty when none were. */
    public ReadOnlyStringProperty rejectsStatusProperty() {
        return rejectsStatus.getReadOnlyProperty();
    }

    /** Whether a load landed rows that are shown (a successful load that was not a dry run). */
    public ReadOnlyBooleanProperty landedProperty() {
        return landed.getReadOnlyProperty();
    }

    /** Shows what {@code report} did, and reads its table's first rows and its rejects file in the background. */
    void show(LoadReport report, ConnectionProfile profile, boolean sandbox) {
        clear();
        long current = shown;
        Locale locale = UiCounts.locale();
        counts.set((report.dryRun() ? "Dry run, nothing was changed: " : "")
                + report.tableRowsText(locale)
                + String.format(
                        locale,
                        " · %,d inserted, %,d updated, %,d rejected",
                        report.rowsInserted(),
                        report.rowsUpdated(),
                        report.rowsRejected()));
        if (sandbox) {
            showSandbox(profile);
        }
        report.rejectsFile().ifPresent(file -> readRejects(current, file, report.rowsRejected()));
        if (report.dryRun()) {
            return;
        }
        landed.set(true);
        query.set(TableRows.query(report.target(), GRID_ROWS));
        gridStatus.set("Reading the first rows of " + report.target() + " …");
        tasks.run(
                "read " + report.target(),
                stop -> tableRows.first(profile, report.target(), GRID_ROWS),
                page -> {
                    if (current == shown) {
                        showRows(page, report);
                    }
                },
                failure -> {
                    if (current == shown) {
                        gridStatus.set(failure.getMessage());
                    }
                });
    }

    /** Forgets the shown result, and what is still being read for it. */
    void clear() {
        shown++;
        counts.set("");
        columns.clear();
        rows.clear();
        gridStatus.set("");
        query.set("");
        sandboxInfo.set("");
        connectionString.set("");
        rejected.clear();
        rejectsStatus.set("");
        rejectsTitle.set(REJECTS_TITLE);
        rejectsFile = Optional.empty();
        landed.set(false);
    }

    /** The grid as tab-separated text, the header first; a NULL is an empty value. */
    public String gridAsText() {
        String header = String.join("\t", columns);
        String body = rows.stream()
                .map(row -> row.stream().map(value -> cell(value.orElse(""))).collect(Collectors.joining("\t")))
                .collect(Collectors.joining("\n"));
        return body.isEmpty() ? header + "\n" : header + "\n" + body + "\n";
    }

    /** Opens the rejects file in the desktop's application for it. */
    public void openRejectsFile() {
        rejectsFile.ifPresent(dialogs::openFile);
    }

    /** Whether there is a rejects file to open. */
    public boolean hasRejectsFile() {
        return rejectsFile.isPresent();
    }

    private void showRows(TableRows.Page page, LoadReport report) {
        // The grid's columns are made from the names and the rows' widths: no columns while the rows change.
        columns.clear();
        rows.setAll(page.rows());
        columns.setAll(page.columns());
        long total = report.tableRowsAfter();
        gridStatus.set(
                total == LoadReport.UNKNOWN_ROWS
                        ? "The first " + UiCounts.of(page.rows().size(), "row") + " in " + report.target() + "."
                        : page.rows().size() < total
                                ? "The first " + UiCounts.of(page.rows().size(), "row") + " of "
                                        + UiCounts.of(total, "row") + " in " + report.target() + ", as the database"
                                        + " returns them."
                                : "All " + UiCounts.of(total, "row") + " in " + report.target() + ".");
    }

    private void showSandbox(ConnectionProfile profile) {
        String user = profile.auth() instanceof AuthMethod.Password password ? password.user() : "";
        sandboxInfo.set("Local sandbox: host " + profile.host() + ", port " + profile.port() + ", database "
                + profile.database() + ", user " + user + ", no password.");
        connectionString.set(
                "postgresql://" + user + "@" + profile.host() + ":" + profile.port() + "/" + profile.database());
    }

    private void readRejects(long current, Path file, long count) {
        rejectsFile = Optional.of(file);
        rejectsStatus.set(Counts.of(UiCounts.locale(), count, "row was", "rows were") + " rejected to " + file + ".");
        rejectsTitle.set(REJECTS_TITLE + " (" + number(count) + ")");
        tasks.run(
                "read " + file.getFileName(),
                stop -> rejectedRows.read(file, REJECTS_SHOWN),
                page -> {
                    if (current == shown) {
                        showRejects(page, count, file);
                    }
                },
                failure -> {
                    if (current == shown) {
                        rejectsStatus.set(failure.getMessage());
                    }
                });
    }

    private void showRejects(RejectedRows.Page page, long count, Path file) {
        rejected.setAll(page.rows().stream()
                .map(row -> new RejectedLine(
                        row.line() > 0 ? number(row.line()) : "?", row.reason(), String.join(", ", row.fields())))
                .toList());
        String listed = page.more() > 0
                ? " The first " + number(page.rows().size()) + " are listed, " + number(page.more())
                        + " more are in the file."
                : "";
        rejectsStatus.set(
                Counts.of(UiCounts.locale(), count, "row was", "rows were") + " rejected to " + file + "." + listed);
    }

    private static String number(long value) {
        return String.format(UiCounts.locale(), "%,d", value);
    }

    private static String cell(String value) {
        return value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
