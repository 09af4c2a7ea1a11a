package com.redshiftloader.infra.load;

import com.redshiftloader.domain.load.LoadException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads and converts the next batch while the loading thread runs the current INSERT: a thread of its own feeding a
 * queue of two batches. Batches are closed by row count (the bind-parameter limit) or by size (the statement limit).
 * The producer never touches the JDBC connection.
 */
final class BatchProducer implements AutoCloseable {

    /** What the producer hands over. */
    sealed interface Item {}

    record Batch(List<StageRow> rows, long bytesRead) implements Item {}

    record End(long bytesRead) implements Item {}

    record Failure(Exception error) implements Item {}

    private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(2);
    private final ConvertedRows source;
    private final int maxRows;
    private final long maxBytes;
    private final Thread thread;

    BatchProducer(ConvertedRows source, int maxRows, long maxBytes) {
        this.source = source;
        this.maxRows = maxRows;
        this.maxBytes = maxBytes;
        this.thread = Thread.ofPlatform().daemon().name("load-reader").unstarted(this::run);
    }

    void start() {
        thread.start();
    }

    /** The next item; blocks while the producer reads. */
    Item take() throws InterruptedException {
        return queue.take();
    }

    private void run() {
        try {
            List<StageRow> batch = new ArrayList<>();
            long bytes = 0;
            Optional<StageRow> next;
            while ((next = source.next()).isPresent()) {
                batch.add(next.get());
                bytes += next.get().bytes();
                if (batch.size() >= maxRows || bytes >= maxBytes) {
                    queue.put(new Batch(batch, source.bytesRead()));
                    batch = new ArrayList<>();
                    bytes = 0;
                }
            }
            if (!batch.isEmpty()) {
                queue.put(new Batch(batch, source.bytesRead()));
            }
            queue.put(new End(source.bytesRead()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (LoadException | RuntimeException e) {
            offerFailure(e);
        }
    }

    private void offerFailure(Exception error) {
        try {
            queue.put(new Failure(error));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the producer and waits for it, so the source can be closed safely. */
    @Override
    public void close() throws InterruptedException {
        thread.interrupt();
        queue.clear();
        thread.join();
    }
}
