package com.redshiftloader.infra.load.insert;

import com.redshiftloader.domain.load.LoadException;
import com.redshiftloader.infra.load.convert.StageRow;
import com.redshiftloader.infra.load.stage.ConvertedRows;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads and converts the next batch while the loading thread runs the current INSERTs: a thread of its own feeding a
 * queue of two batches. A batch is one round trip's worth of statements: entries of the same number of rows, one
 * statement each. An entry is closed by row count (the bind-parameter limit) or by size (the statement limit); a batch
 * by its number of entries or its size, and an entry shorter than the others (cut by size, or the file's last) goes in
 * a batch of its own. The producer never touches the JDBC connection.
 */
final class BatchProducer implements AutoCloseable {

    /** What the producer hands over. */
    sealed interface Item {}

    /** Entries of {@link #rowsPerEntry()} rows each, one statement each. */
    record Batch(List<List<StageRow>> entries, long bytesRead) implements Item {

        int rowsPerEntry() {
            return entries.getFirst().size();
        }

        int rows() {
            return entries.stream().mapToInt(List::size).sum();
        }
    }

    record End(long bytesRead) implements Item {}

    record Failure(Exception error) implements Item {}

    private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(2);
    private final ConvertedRows source;
    private final int maxRows;
    private final long maxBytes;
    private final int maxEntries;
    private List<List<StageRow>> entries = new ArrayList<>();
    private long batchBytes;
    private long entriesBytesRead;
    private final Thread thread;

    /**
     * @param maxRows rows per entry at most
     * @param maxBytes bytes of values per entry, and per batch, at most (a batch closes once it reaches them)
     * @param maxEntries entries per batch at most
     */
    BatchProducer(ConvertedRows source, int maxRows, long maxBytes, int maxEntries) {
        this.source = source;
        this.maxRows = maxRows;
        this.maxBytes = maxBytes;
        this.maxEntries = maxEntries;
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
            List<StageRow> entry = new ArrayList<>();
            long bytes = 0;
            Optional<StageRow> next;
            while ((next = source.next()).isPresent()) {
                entry.add(next.get());
                bytes += next.get().bytes();
                if (entry.size() >= maxRows || bytes >= maxBytes) {
                    add(entry, bytes);
                    entry = new ArrayList<>();
                    bytes = 0;
                }
            }
            if (!entry.isEmpty()) {
                add(entry, bytes);
            }
            putBatch();
            queue.put(new End(source.bytesRead()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (LoadException | RuntimeException e) {
            offerFailure(e);
        }
    }

    private void add(List<StageRow> entry, long bytes) throws InterruptedException {
        boolean shorter = entry.size() < maxRows;
        if (shorter) {
            putBatch();
        }
        entries.add(entry);
        entriesBytesRead = source.bytesRead();
        batchBytes += bytes;
        if (shorter || entries.size() >= maxEntries || batchBytes >= maxBytes) {
            putBatch();
        }
    }

    private void putBatch() throws InterruptedException {
        if (!entries.isEmpty()) {
            queue.put(new Batch(List.copyOf(entries), entriesBytesRead));
            entries = new ArrayList<>();
            batchBytes = 0;
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
