package flotilla.ui.graph;

import java.util.concurrent.Executor;
import java.util.function.BiConsumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

/**
 * Runs ELK layouts off the UI thread and applies only the newest. Each {@link #schedule} supersedes the
 * ones before it: a layout that has not started yet is skipped, and one that finishes after a newer
 * schedule is dropped (and counted), so a burst of refreshes costs one applied layout. Results reach
 * the UI thread through {@code asyncExec}; a failed layout is logged and applied as no layout at all.
 */
final class LayoutScheduler {

    private static boolean warmedUp;

    private final Display display;
    private final BiConsumer<GraphModel, LayoutResult> apply;
    private Executor executor = LayoutScheduler::runAsJob;
    /** Counts schedules; written on the UI thread, read by workers to skip work already stale. */
    private volatile long generation;
    private GraphModel pending;
    private int discarded;

    /** {@code apply} receives, on the UI thread, each laid-out model that is still the newest, with its layout. */
    LayoutScheduler(Display display, BiConsumer<GraphModel, LayoutResult> apply) {
        this.display = display;
        this.apply = apply;
    }

    /**
     * Runs a small ELK layout in the background, once, so that the first real one does not pay for loading ELK. Only
     * for viewers that ELK lays out: rows never need it, and on a 2-core machine the warm-up took CPU time from
     * opening a model.
     */
    static void warmUpElk() {
        if (!warmedUp) {
            warmedUp = true;
            runAsJob(ElkGraphLayout::warmUp);
        }
    }

    /** Runs layouts on {@code layoutExecutor} instead of an Eclipse job (tests hold a layout back with it). */
    void setExecutor(Executor layoutExecutor) {
        executor = layoutExecutor;
    }

    /** Lays {@code next} out on the executor; it is the model the viewer will show next. */
    void schedule(GraphModel next, ElkGraphLayout.Options options) {
        pending = next;
        long scheduled = ++generation;
        executor.execute(() -> {
            LayoutResult result = null;
            try {
                if (scheduled == generation) { // a newer refresh came before this layout started
                    long start = System.nanoTime();
                    // Nothing to lay out (no input yet) needs no ELK either.
                    result = next.nodes.isEmpty()
                            ? new LayoutResult(next)
                            : next.rowed
                                    ? RowLayout.layout(next, options.viewWidth())
                                    : ElkGraphLayout.layout(next, options);
                    result.millis = (System.nanoTime() - start) / 1_000_000;
                }
            } catch (RuntimeException | LinkageError e) {
                ILog.get().log(Status.error("Graph layout failed", e));
                result = null;
            }
            LayoutResult done = result;
            if (!display.isDisposed()) {
                display.asyncExec(() -> done(scheduled, next, done));
            }
        });
    }

    private void done(long scheduled, GraphModel laidOut, LayoutResult result) {
        if (scheduled != generation) {
            discarded++;
            return; // the input changed while this layout ran: a newer one is on its way
        }
        pending = null;
        apply.accept(laidOut, result);
    }

    /** The model waiting for its layout, or {@code null}. */
    GraphModel pending() {
        return pending;
    }

    /** How many layout results came back after a newer schedule, and were dropped. */
    int discarded() {
        return discarded;
    }

    /** Drops whatever is still running (the canvas is gone). */
    void cancel() {
        generation++;
    }

    private static void runAsJob(Runnable layout) {
        Job job = Job.create("Laying out the graph", monitor -> {
            try {
                layout.run();
            } catch (RuntimeException | LinkageError e) {
                ILog.get().log(Status.error("Graph layout failed", e));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }
}
