package com.redshiftloader.infra.load.insert;

import com.redshiftloader.infra.load.convert.StageRow;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Binds the next batch of INSERT statements on a thread of its own ("load-binder") while the loading thread runs the
 * previous batch, and runs each batch in one round trip (a JDBC batch: the driver sends the next statement while the
 * server runs the one before). Between them, the server hardly waits for the client.
 *
 * <p>Only the loading thread prepares and executes statements. The binder thread sets parameters on a statement no
 * other thread uses at the time, and hands it back through a {@link Future}. Batches of the full size alternate
 * between two statements (one bound while the other runs); a batch of another size gets a statement of its own, closed
 * after it ran.
 */
final class GroupBinder implements AutoCloseable {

    /** A batch whose binding is under way, with its statement. */
    record Bound(BatchProducer.Batch batch, PreparedStatement statement, Future<?> binding) {}

    private final StageInserter inserter;
    private final int fullRows;
    private final ExecutorService binder = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("load-binder").factory());
    private final PreparedStatement[] alternating = new PreparedStatement[2];
    private final Set<PreparedStatement> ownStatements = new HashSet<>();
    private int turn;

    GroupBinder(StageInserter inserter, int fullRows) {
        this.inserter = inserter;
        this.fullRows = fullRows;
    }

    /** Starts binding a batch; call on the loading thread, before it executes the previous batch. */
    Bound bind(BatchProducer.Batch batch) throws SQLException {
        boolean own = batch.rowsPerEntry() != fullRows;
        PreparedStatement statement = own ? inserter.prepare(batch.rowsPerEntry()) : nextAlternating();
        if (own) {
            ownStatements.add(statement);
        }
        List<List<StageRow>> entries = batch.entries();
        Future<?> binding = binder.submit(() -> {
            for (List<StageRow> entry : entries) {
                inserter.addBatch(statement, entry);
            }
            return null;
        });
        return new Bound(batch, statement, binding);
    }

    /**
     * Waits for the batch's binding, then runs its statements in one round trip; returns the rows the database says
     * they inserted (the batch's rows when the driver does not say).
     */
    long execute(Bound bound) throws SQLException, InterruptedException {
        try {
            awaitBinding(bound);
            return inserted(bound.statement().executeBatch(), bound.batch().rows());
        } finally {
            // a statement still being bound (the wait was interrupted) is closed by close(), after the binder stopped
            if (bound.binding().isDone() && ownStatements.remove(bound.statement())) {
                bound.statement().close();
            }
        }
    }

    /** Stops the binder thread and waits for it, so that nothing else touches a statement of the load. */
    void stop() throws InterruptedException {
        binder.shutdownNow();
        if (!binder.awaitTermination(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("The binder thread did not stop");
        }
    }

    @Override
    public void close() throws SQLException, InterruptedException {
        try {
            stop();
        } finally {
            for (PreparedStatement statement : alternating) {
                if (statement != null) {
                    statement.close();
                }
            }
            for (PreparedStatement statement : ownStatements) {
                statement.close();
            }
            ownStatements.clear();
        }
    }

    private PreparedStatement nextAlternating() throws SQLException {
        int index = turn;
        turn ^= 1;
        if (alternating[index] == null) {
            alternating[index] = inserter.prepare(fullRows);
        }
        return alternating[index];
    }

    private static long inserted(int[] counts, long rows) {
        long inserted = 0;
        for (int count : counts) {
            if (count < 0) {
                return rows; // Statement.SUCCESS_NO_INFO: the driver did not count
            }
            inserted += count;
        }
        return inserted;
    }

    private static void awaitBinding(Bound bound) throws SQLException, InterruptedException {
        try {
            bound.binding().get();
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case SQLException sql -> throw sql;
                case RuntimeException runtime -> throw runtime;
                case Error error -> throw error;
                default -> throw new IllegalStateException(e.getCause());
            }
        }
    }
}
