package com.redshiftloader.ui.target;

import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.sql.TableName;
import com.redshiftloader.domain.target.TableShape;
import com.redshiftloader.domain.target.TableSummary;
import com.redshiftloader.domain.target.TargetCatalog;
import com.redshiftloader.ui.task.BackgroundTasks;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Target step: the table this load goes into, chosen per load. A new table is named after the file (or the
 * profile's {@code table}), editable and normalised as column names are; an existing one is picked from the
 * destination's tables, read in the background with their row counts, and the file's columns are mapped onto it.
 */
public final class TargetStepViewModel {

    private final Supplier<TargetFeed> feed;
    private final TargetCatalog catalog;
    private final Callable<ConnectionProfile> startSandbox;
    private final BackgroundTasks tasks;
    private final BooleanProperty existing = new SimpleBooleanProperty(false);
    private final StringProperty schema = new SimpleStringProperty("public");
    private final StringProperty tableName = new SimpleStringProperty("");
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObservableList<TableSummary> allTables = FXCollections.observableArrayList();
    private final FilteredList<TableSummary> tables = new FilteredList<>(allTables);
    private final ObjectProperty<TableSummary> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<TableShape> shape = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper catalogMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper(false);
    private final ColumnMappingViewModel mapping;
    private final StringBinding problem;
    private final StringBinding rowsText;
    private final StringBinding sqlPreview;
    private final BooleanBinding valid;
    private TargetFeed last;
    private Optional<ConnectionProfile> connected = Optional.empty();
    private int listing;
    private int reads;
    private boolean listingStale;
    private ListedFor listedFor;

    /**
     * @param feed the earlier steps' choices, read when the step is entered
     * @param startSandbox starts the Local sandbox and returns its profile (before its tables can be read)
     */
    public TargetStepViewModel(
            Supplier<TargetFeed> feed,
            TargetCatalog catalog,
            Callable<ConnectionProfile> startSandbox,
            BackgroundTasks tasks) {
        this.feed = feed;
        this.catalog = catalog;
        this.startSandbox = startSandbox;
        this.tasks = tasks;
        this.last = feed.get();
        this.mapping = new ColumnMappingViewModel(catalog, tasks, this::planFor, () -> last.temporalPatterns());
        tables.predicateProperty()
                .bind(Bindings.createObjectBinding(() -> table -> TargetTexts.matches(filter.get(), table), filter));
        TargetTexts.normaliseEdits(tableName, this::lowerCase);
        TargetTexts.normaliseEdits(schema, this::lowerCase);
        existing.addListener((observable, before, now) -> readShape());
        selected.addListener((observable, before, now) -> readShape());
        problem = Bindings.createStringBinding(
                this::findProblem, existing, schema, tableName, selected, shape, reading, mapping.problemProperty());
        valid = Bindings.createBooleanBinding(() -> problem.get().isEmpty(), problem);
        rowsText = Bindings.createStringBinding(this::describeRows, existing, schema, tableName, shape, allTables);
        sqlPreview = Bindings.createStringBinding(this::previewSql, existing, schema, tableName, shape, mapping.rows());
    }

    /** Whether the load goes into an existing table (else a new one). */
    public BooleanProperty existingProperty() {
        return existing;
    }

    /** The new table's schema. */
    public StringProperty schemaProperty() {
        return schema;
    }

    /** The new table's name, normalised as column names are. */
    public StringProperty tableNameProperty() {
        return tableName;
    }

    /** The text the list of existing tables is filtered by (part of {@code schema.table}, any case). */
    public StringProperty filterProperty() {
        return filter;
    }

    /** The destination's tables that match the filter. */
    public ObservableList<TableSummary> tables() {
        return tables;
    }

    /** The existing table chosen. */
    public ObjectProperty<TableSummary> selectedProperty() {
        return selected;
    }

    /** What went wrong reading the destination's catalog, and what to do; or that it is being read. */
    public ReadOnlyStringProperty catalogMessageProperty() {
        return catalogMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    public ColumnMappingViewModel mapping() {
        return mapping;
    }

    /** The chosen table's rows, and what the load does to them. */
    public StringBinding rowsTextProperty() {
        return rowsText;
    }

    /** CREATE TABLE for a new table; ALTER TABLE … ADD COLUMN for the columns an existing one gets. */
    public StringBinding sqlPreviewProperty() {
        return sqlPreview;
    }

    /** Why the step cannot go on yet, or empty. */
    public StringBinding problemProperty() {
        return problem;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    /** The table the load goes into. */
    public TableName target() {
        if (existing.get() && shape.get() != null) {
            return shape.get().name();
        }
        if (existing.get() && selected.get() != null) {
            return selected.get().name();
        }
        return new TableName(strip(schema.get()), strip(tableName.get()));
    }

    /** The file's columns as the load sends them: mapped onto an existing table, else as the Columns step names them. */
    public List<ColumnSpec> columns() {
        return mapsColumns() ? mapping.mappedColumns() : last.columns();
    }

    /** Whether the file's columns are mapped onto an existing table. */
    public boolean mapsColumns() {
        return existing.get() && shape.get() != null && mapping.table().isPresent();
    }

    /**
     * On entering the step: takes the earlier steps' choices, reads the destination's tables again when the
     * connection changed (else maps the columns again), and names the new table after the file when it changed.
     */
    public void refresh() {
        TargetFeed before = last;
        last = feed.get();
        boolean firstTime = allTables.isEmpty() && catalogMessage.get().isEmpty() && !reading.get();
        if (firstTime || !last.file().equals(before.file()) || tableName.get().isBlank()) {
            TableName named = TargetTexts.defaultTarget(last, lowerCase());
            schema.set(named.schema());
            tableName.set(named.table());
        }
        if (firstTime
                || listingStale
                || !last.profile().equals(before.profile())
                || last.sandbox() != before.sandbox()) {
            readTables();
        } else {
            readShape();
        }
    }

    /** A load ran: the listed tables and their rows may have changed, so entering the step lists them again. */
    public void tablesChanged() {
        listingStale = true;
    }

    /**
     * Reads the destination's tables again (the Refresh button). What was read from the earlier listing (its
     * connection, the chosen table and its columns) goes first, so nothing of another connection can be loaded into.
     */
    public void readTables() {
        listingStale = false;
        ListedFor now = new ListedFor(last.profile(), last.sandbox());
        boolean sameConnection = now.equals(listedFor);
        // The same connection again (Refresh, after a load): the chosen table and the user's mapping stay.
        Optional<TableName> keep =
                sameConnection ? Optional.ofNullable(selected.get()).map(TableSummary::name) : Optional.empty();
        listedFor = now;
        if (!sameConnection) {
            forgetTheListing();
        }
        Optional<ConnectionProfile> profile = last.profile();
        if (profile.isEmpty()) {
            catalogMessage.set("Choose a connection on the Connection step to list its tables.");
            return;
        }
        boolean sandbox = last.sandbox();
        int asked = ++listing;
        reading.set(true);
        catalogMessage.set(sandbox ? "Starting the Local sandbox and reading its tables…" : "Reading the tables…");
        tasks.run(
                "read the tables",
                stop -> {
                    ConnectionProfile target = sandbox ? startSandbox.call() : profile.get();
                    return new Listing(target, catalog.tables(target));
                },
                found -> {
                    if (asked == listing) {
                        listed(found, keep);
                    }
                },
                failure -> {
                    if (asked == listing) {
                        reading.set(false);
                        allTables.clear();
                        catalogMessage.set(TargetTexts.failure(failure));
                        existing.set(false);
                    }
                });
    }

    /** Another connection is listed: nothing read from the earlier one (its table, columns, mapping) stays. */
    private void forgetTheListing() {
        connected = Optional.empty();
        selected.set(null);
        reads++; // a table still being read belongs to the earlier connection: its result is dropped
        shape.set(null);
        mapping.clear();
        allTables.clear();
    }

    /** The tables are read: the table chosen before is chosen again when it is still there, else the default. */
    private void listed(Listing found, Optional<TableName> keep) {
        reading.set(false);
        connected = Optional.of(found.profile());
        catalogMessage.set("");
        allTables.setAll(found.tables());
        Optional<TableSummary> again = keep.flatMap(name ->
                found.tables().stream().filter(t -> t.name().equals(name)).findFirst());
        again.ifPresentOrElse(selected::set, this::chooseDefault);
    }

    private record Listing(ConnectionProfile profile, List<TableSummary> tables) {}

    /** The connection a listing was read for. */
    private record ListedFor(Optional<ConnectionProfile> profile, boolean sandbox) {}

    /** The profile's table (or the one named after the file): existing when it exists, else new. */
    private void chooseDefault() {
        TableName wanted = new TableName(strip(schema.get()), strip(tableName.get()));
        Optional<TableSummary> found = allTables.stream()
                .filter(t -> t.name().schema().equalsIgnoreCase(wanted.schema())
                        && t.name().table().equalsIgnoreCase(wanted.table()))
                .findFirst();
        found.ifPresent(selected::set);
        existing.set(found.isPresent());
        readShape();
    }

    /** Reads the chosen table's columns and maps the file's onto them (or clears the mapping for a new table). */
    private void readShape() {
        TableSummary chosen = selected.get();
        if (!existing.get() || chosen == null || connected.isEmpty()) {
            shape.set(null);
            mapping.clear();
            return;
        }
        ConnectionProfile profile = connected.get();
        List<ColumnSpec> columns = last.columns();
        int asked = ++reads;
        reading.set(true);
        tasks.run(
                "read the table",
                stop -> catalog.table(profile, chosen.name()),
                found -> {
                    if (asked == reads) {
                        reading.set(false);
                        shape.set(found.orElse(null));
                        found.ifPresentOrElse(t -> mapping.map(columns, t), mapping::clear);
                        catalogMessage.set(found.isPresent() ? "" : chosen.name() + " is gone: press Refresh.");
                    }
                },
                failure -> {
                    if (asked == reads) {
                        reading.set(false);
                        shape.set(null);
                        mapping.clear();
                        catalogMessage.set(TargetTexts.failure(failure));
                    }
                });
    }

    private Optional<LoadPlan> planFor(List<ColumnSpec> columns) {
        return connected.flatMap(profile -> TargetTexts.plan(profile, last, target(), columns));
    }

    private String findProblem() {
        return TargetTexts.problem(
                existing.get(),
                Optional.ofNullable(selected.get()),
                reading.get() || shape.get() == null,
                mapping.problemProperty().get(),
                new TableName(strip(schema.get()), strip(tableName.get())));
    }

    private String describeRows() {
        return TargetTexts.rows(existing.get(), target(), Optional.ofNullable(shape.get()), allTables);
    }

    private String previewSql() {
        return TargetTexts.sql(last.profile(), target(), mapsColumns(), last.columns(), mapping.addedColumns());
    }

    private boolean lowerCase() {
        return last.profile().map(ConnectionProfile::lowerCase).orElse(true);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
