package com.redshiftloader.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The two ways to stop background work, on real threads and the real (headless) FX thread. */
class FxBackgroundTasksTest {

    private final FxBackgroundTasks tasks = new FxBackgroundTasks();

    @BeforeAll
    static void startTheToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void requestStopLetsTheWorkFinishWithWhatItHasOnTheFxThread() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<String> done = new CompletableFuture<>();
        BackgroundTasks.Running running = tasks.run(
                "count",
                stop -> {
                    started.countDown();
                    // runs until asked to stop: only requestStop ends it, and its result must still arrive
                    while (!stop.isCancelled()) {
                        Thread.onSpinWait();
                    }
                    return "stopped with what it had";
                },
                result -> done.complete(result + (Platform.isFxApplicationThread() ? " (FX thread)" : "")),
                done::completeExceptionally);
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        running.requestStop();

        assertThat(done.get(5, TimeUnit.SECONDS)).isEqualTo("stopped with what it had (FX thread)");
    }

    @Test
    void cancelInterruptsTheWorkAndNeitherCallbackRuns() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<Thread> worker = new AtomicReference<>();
        List<String> callbacks = new CopyOnWriteArrayList<>();
        BackgroundTasks.Running running = tasks.run(
                "wait",
                stop -> {
                    worker.set(Thread.currentThread());
                    started.countDown();
                    new CountDownLatch(1).await();
                    return "never";
                },
                result -> callbacks.add("done " + result),
                failure -> callbacks.add("failed " + failure));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        running.cancel();

        // Interrupted, the work throws and its thread goes back to the pool (waiting for the next task, with a
        // timeout); a callback would have been queued on the FX thread by then.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> worker.get().getState() == Thread.State.TIMED_WAITING);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(callbacks).isEmpty();
    }
}
