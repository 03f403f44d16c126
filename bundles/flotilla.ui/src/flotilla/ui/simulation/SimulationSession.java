package flotilla.ui.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Display;

import flotilla.docker.Interpreter;
import flotilla.engine.model.ModelImporter;
import flotilla.engine.model.ObservedSnapshot;
import flotilla.engine.model.ObservedStateExporter;
import flotilla.engine.model.ObservedStateExporter.ModelIndex;
import flotilla.engine.network.RoutingMesh;
import flotilla.engine.sim.Simulator;
import flotilla.engine.state.Availability;
import flotilla.engine.state.Node;
import flotilla.docker.ComposeStackFiles;
import flotilla.model.Cluster;
import flotilla.observed.ClusterState;
import flotilla.ui.observed.IObservedStateProvider;

/**
 * A simulated swarm running one model (see {@link ISimulatedModel}); the workbench keeps one per model
 * editor, created on demand and ended with the editor (see {@link SimulationAdapterFactory}).
 * <p>
 * The engine is not thread-safe, so every access to it runs on one background thread of this session;
 * the UI thread never waits for it. After each step the engine thread takes an {@link ObservedSnapshot};
 * the UI thread turns it into the observed-state model (which refers to the editor's model, so only the
 * UI thread may build it) and tells the listeners. When steps come faster than the UI shows them (play
 * at high speed) only the latest snapshot is shown.
 */
public final class SimulationSession implements IObservedStateProvider {

    /** Ids and tie-breaks repeat from run to run, like {@code flotilla sim}'s default. */
    public static final long SEED = 1;
    /** How often play advances the clock, in real milliseconds. */
    public static final long PLAY_TICK_MILLIS = 100;
    /** The longest "until settled" runs, in virtual time. */
    public static final long SETTLE_LIMIT_MILLIS = 3_600_000;

    private final ISimulatedModel model;
    private final Display display;
    private final ScheduledExecutorService engineThread;
    private final List<Runnable> stateListeners = new ArrayList<>();
    private final List<Runnable> modelChangedListeners = new ArrayList<>();
    private final List<Consumer<RequestPath>> pathListeners = new ArrayList<>();
    private final CommandStackListener modelEdited = event -> modelEdited();

    // Engine thread only.
    private Simulator sim;
    private Interpreter interpreter;
    private StringBuilder out;
    private StringBuilder err;
    private RequestRecord lastRequest;
    private long requests;

    // Shared between the threads, guarded by this.
    private Publication pending;
    private boolean publishScheduled;
    /** The model's elements by name, taken on the UI thread after each edit, read by the engine thread. */
    private volatile ModelIndex modelIndex;

    // UI thread only.
    private ClusterState observed;
    private ObservedSnapshot snapshot;
    private RequestRecord shownRequest;
    private RequestPath requestPath = RequestPath.NONE;
    private boolean started;
    private boolean modelChangedSinceStart;
    private boolean disposed;
    private ScheduledFuture<?> playing;
    private long playSpeed = 1;

    /** A session on {@code model}, not started; call on the UI thread, and {@link #dispose()} it when done. */
    public SimulationSession(ISimulatedModel model) {
        this.model = model;
        this.display = model.display();
        String name = model.name();
        this.engineThread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "Flotilla simulation of " + name);
            thread.setDaemon(true);
            return thread;
        });
        model.commandStack().addCommandStackListener(modelEdited);
        modelIndex = ModelIndex.of(model.root());
    }

    /** The model this session runs. */
    public ISimulatedModel model() {
        return model;
    }

    // ---- life cycle

    /** Whether a simulation was started (it may still be importing). */
    public boolean isStarted() {
        return started;
    }

    private void modelEdited() {
        // Told once per start, at the first edit: a burst of edits (typing, undo, redo) is one change to the user.
        boolean first = started && !modelChangedSinceStart;
        modelChangedSinceStart = true;
        if (first) {
            Runnable tell = () -> List.copyOf(modelChangedListeners).forEach(Runnable::run);
            if (display.getThread() == Thread.currentThread()) {
                tell.run();
            } else {
                display.asyncExec(tell);
            }
        }
        // Revert replaces the root: elements are looked up again either way.
        Runnable reindex = () -> modelIndex = ModelIndex.of(model.root());
        if (display.getThread() == Thread.currentThread()) {
            reindex.run();
        } else {
            display.asyncExec(reindex);
        }
    }

    /** Whether the model was edited since the simulation started: a restart would pick the edits up. */
    public boolean isModelChangedSinceStart() {
        return modelChangedSinceStart;
    }

    /**
     * Starts a simulated swarm from the model as it is now, or starts it over, the clock at zero:
     * the nodes join, networks and services are created; tasks are then scheduled and start as time runs.
     * A clock that was playing plays on. The model is copied here, on the UI thread, so the engine thread never reads a model being edited.
     */
    public CompletableFuture<Void> start() {
        checkUiThread();
        boolean resume = isPlaying();
        pause();
        Cluster copy = EcoreUtil.copy(model.root());
        started = true;
        modelChangedSinceStart = false;
        CompletableFuture<Void> done = submit(false, ignored -> {
            sim = new Simulator(SEED);
            ModelImporter.importInto(sim, copy);
            sim.mesh().addRequestListener(this::heard);
            out = new StringBuilder();
            err = new StringBuilder();
            interpreter = new Interpreter(sim, new ComposeStackFiles(), model.baseFolder(), out, err);
            lastRequest = null;
            return null;
        });
        if (resume) {
            play(playSpeed); // a restart while the clock ran keeps it running, on the new swarm
        }
        return done;
    }

    /** The model's editor closed: the engine thread ends and views are told there is nothing to show. */
    public void dispose() {
        if (disposed) {
            return;
        }
        disposed = true;
        pause();
        engineThread.shutdownNow();
        model.commandStack().removeCommandStackListener(modelEdited);
        observed = null;
        snapshot = null;
        stateListeners.forEach(Runnable::run);
    }

    public boolean isDisposed() {
        return disposed;
    }

    // ---- the clock

    /** Advances the virtual clock by {@code millis}. */
    public CompletableFuture<Void> advance(long millis) {
        return run(sim -> sim.advance(millis));
    }

    /**
     * Advances to the next thing due on the clock (a container start, a restart delay, a heartbeat
     * timeout); returns whether there was one (if not, the swarm has settled).
     */
    public CompletableFuture<Boolean> stepToNextEvent() {
        return submit(sim -> {
            long next = sim.nextEventTime();
            if (next < 0) {
                return false;
            }
            sim.advance(next - sim.now());
            return true;
        });
    }

    /** Runs until nothing is left to happen; returns whether it settled within {@link #SETTLE_LIMIT_MILLIS}. */
    public CompletableFuture<Boolean> runUntilSettled() {
        return submit(sim -> sim.waitUntilConverged(SETTLE_LIMIT_MILLIS));
    }

    /**
     * Lets virtual time run at {@code speed} times real time, one step every {@link #PLAY_TICK_MILLIS}, until
     * {@link #pause()}. A step that takes longer than a tick delays the next one rather than piling up.
     */
    public void play(long speed) {
        checkUiThread();
        pause();
        playSpeed = speed;
        if (started && !disposed) {
            Function<Simulator, Void> tick = running -> {
                running.advance(PLAY_TICK_MILLIS * speed);
                return null;
            };
            playing = engineThread.scheduleWithFixedDelay(() -> step(tick, null), 0, PLAY_TICK_MILLIS,
                    TimeUnit.MILLISECONDS);
        }
    }

    public void pause() {
        if (playing != null) {
            playing.cancel(false);
            playing = null;
        }
    }

    public boolean isPlaying() {
        return playing != null;
    }

    public long playSpeed() {
        return playSpeed;
    }

    // ---- failures and node operations, by hostname

    /** Every task container on the node dies (`sim crash`). */
    public CompletableFuture<Void> crash(String hostname) {
        return run(sim -> sim.crashAll(node(sim, hostname)));
    }

    /** The host stops (`sim node-down`); the managers notice after the heartbeat timeout. */
    public CompletableFuture<Void> nodeDown(String hostname) {
        return run(sim -> sim.nodeDown(node(sim, hostname)));
    }

    /** The host is back (`sim node-up`). */
    public CompletableFuture<Void> nodeUp(String hostname) {
        return run(sim -> sim.nodeUp(node(sim, hostname)));
    }

    /** `docker node update --availability active|pause|drain` in the simulated swarm (not in the model). */
    public CompletableFuture<Void> setAvailability(String hostname, String availability) {
        Availability value = Availability.parse(availability);
        return run(sim -> sim.setAvailability(node(sim, hostname), value));
    }

    /** The nodes lose contact with the managers (`sim partition`). */
    public CompletableFuture<Void> partition(List<String> hostnames) {
        return run(sim -> sim.partition(hostnames.stream().map(h -> node(sim, h)).toList()));
    }

    /** Every partition ends (`sim heal`). */
    public CompletableFuture<Void> heal() {
        return run(Simulator::heal);
    }

    private static Node node(Simulator sim, String hostname) {
        Node node = sim.state().findNode(hostname);
        if (node == null) {
            throw new IllegalArgumentException("No such node: " + hostname);
        }
        return node;
    }

    // ---- the console

    /** What one console line printed. */
    public record CommandResult(String line, String out, String err, boolean succeeded) {
    }

    /** Runs a line of `flotilla sim`'s language (docker, sim, @NODE, echo) against this swarm. */
    public CompletableFuture<CommandResult> execute(String line) {
        return submit(sim -> {
            out.setLength(0);
            err.setLength(0);
            boolean ok = interpreter.execute(line, 0); // typed at a prompt: no script line to point at
            return new CommandResult(line, out.toString(), err.toString(), ok);
        });
    }

    // ---- routing-mesh paths

    /**
     * The way the latest {@code sim curl NODE:PORT} went, in the current observed state's terms:
     * {@code path} is the node asked ({@link flotilla.model.Node}), the ingress network
     * ({@link flotilla.model.Network}, when the routing mesh carried it), the task that answered
     * ({@link flotilla.observed.Task}, one of {@link #observedState()}'s) and that task's node. A refused
     * request has only the node asked (if it exists) and says why in {@code failure}.
     */
    public record RequestPath(String target, List<Object> path, String failure) {
        public static final RequestPath NONE = new RequestPath("", List.of(), null);

        public boolean answered() {
            return failure == null && !path.isEmpty();
        }
    }

    /**
     * The latest request's path, looked up again at each step so that its task is one of the current
     * {@link #observedState()}'s (read it from an observed-state listener); {@link RequestPath#NONE} before any.
     */
    public RequestPath lastRequest() {
        return requestPath;
    }

    @Override
    public List<Object> requestPath() {
        return requestPath.path();
    }

    /**
     * Called on the UI thread with each new request's path, right after the observed state it refers to is
     * published; later steps publish new task objects, for which {@link #lastRequest()} is kept up to date.
     */
    public void addRequestPathListener(Consumer<RequestPath> listener) {
        pathListeners.add(listener);
    }

    public void removeRequestPathListener(Consumer<RequestPath> listener) {
        pathListeners.remove(listener);
    }

    /** What the engine thread heard of a request, in names; resolved to elements on the UI thread. */
    private record RequestRecord(long sequence, String target, String entry, boolean throughIngress, String taskId,
            String taskNode, String failure) {
    }

    private void heard(Node entry, int port, RoutingMesh.Answer answer, boolean throughIngress) {
        String target = (entry == null ? "?" : entry.hostname()) + ":" + port;
        lastRequest = answer.answered()
                ? new RequestRecord(++requests, target, entry.hostname(), throughIngress, answer.task().id(),
                        answer.node().hostname(), null)
                : new RequestRecord(++requests, target, entry == null ? null : entry.hostname(), false, null, null,
                        answer.failure());
    }

    // ---- observed state

    @Override
    public ClusterState observedState() {
        return observed;
    }

    /** The engine's view at the last step, with what the observed-state model has no place for (availability). */
    public ObservedSnapshot snapshot() {
        return snapshot;
    }

    /** Called on the UI thread when the model is first edited after the simulation started. */
    public void addModelChangedListener(Runnable listener) {
        modelChangedListeners.add(listener);
    }

    public void removeModelChangedListener(Runnable listener) {
        modelChangedListeners.remove(listener);
    }

    @Override
    public void addObservedStateListener(Runnable listener) {
        stateListeners.add(listener);
    }

    @Override
    public void removeObservedStateListener(Runnable listener) {
        stateListeners.remove(listener);
    }

    /** Completes (on the UI thread) once everything asked of the engine so far is done and shown. */
    public CompletableFuture<Void> idle() {
        return run(sim -> {});
    }

    // ---- the engine thread

    private CompletableFuture<Void> run(Consumer<Simulator> work) {
        return submit(sim -> {
            work.accept(sim);
            return null;
        });
    }

    /**
     * Runs {@code work} on the engine thread; the future completes on the UI thread once the state it left
     * is shown. Work asked for before a simulation starts fails.
     */
    private <T> CompletableFuture<T> submit(Function<Simulator, T> work) {
        return submit(true, work);
    }

    private <T> CompletableFuture<T> submit(boolean needsSwarm, Function<Simulator, T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        if (disposed) {
            result.completeExceptionally(new IllegalStateException("The model's editor was closed."));
            return result;
        }
        engineThread.execute(() -> {
            if (needsSwarm && sim == null) {
                display.asyncExec(() -> result.completeExceptionally(
                        new IllegalStateException("No simulation runs: start one first.")));
            } else {
                step(work, result);
            }
        });
        return result;
    }

    private <T> void step(Function<Simulator, T> work, CompletableFuture<T> result) {
        T value;
        try {
            value = work.apply(sim);
        } catch (RuntimeException e) {
            if (result == null) {
                throw e;
            }
            if (sim == null) {
                display.asyncExec(() -> result.completeExceptionally(e));
            } else {
                // The state may have changed before the failure: show it, then report.
                publish(() -> result.completeExceptionally(e));
            }
            return;
        }
        publish(result == null ? null : () -> result.complete(value));
    }

    /** A snapshot and its observed state waiting to be shown, and what to complete once they are. */
    private record Publication(ObservedSnapshot snapshot, ClusterState state, RequestRecord request,
            List<Runnable> done) {
    }

    /**
     * On the engine thread: the snapshot, and the observed state built from it here rather than on the UI
     * thread (a large swarm's state takes a while to build; the UI thread only swaps it in).
     */
    private void publish(Runnable done) {
        ObservedSnapshot taken = ObservedSnapshot.of(sim);
        ClusterState state = ObservedStateExporter.export(taken, modelIndex);
        boolean schedule;
        synchronized (this) {
            List<Runnable> waiting = pending == null ? new ArrayList<>() : pending.done();
            if (done != null) {
                waiting.add(done);
            }
            pending = new Publication(taken, state, lastRequest, waiting);
            schedule = !publishScheduled;
            publishScheduled = true;
        }
        if (schedule && !display.isDisposed()) {
            display.asyncExec(this::show);
        }
    }

    /** On the UI thread: the latest snapshot becomes the observed state; listeners and waiters are told. */
    private void show() {
        Publication publication;
        synchronized (this) {
            publication = pending;
            pending = null;
            publishScheduled = false;
        }
        if (publication == null) {
            return;
        }
        if (!disposed) {
            snapshot = publication.snapshot();
            observed = publication.state();
            boolean newRequest = publication.request() != null && publication.request() != shownRequest;
            shownRequest = publication.request();
            requestPath = resolve(shownRequest);
            for (Runnable listener : List.copyOf(stateListeners)) {
                listener.run();
            }
            if (newRequest) {
                for (Consumer<RequestPath> listener : List.copyOf(pathListeners)) {
                    listener.accept(requestPath);
                }
            }
        }
        publication.done().forEach(Runnable::run);
    }

    /** The request in the current observed state's elements (its task is looked up again at each step). */
    private RequestPath resolve(RequestRecord request) {
        if (request == null) {
            return RequestPath.NONE;
        }
        List<Object> path = new ArrayList<>();
        Cluster cluster = model.root();
        flotilla.model.Node entry = modelNode(cluster, request.entry());
        if (entry != null) {
            path.add(entry);
        }
        if (request.failure() == null) {
            if (request.throughIngress()) {
                cluster.allNetworks().stream().filter(n -> n.isIngress() || "ingress".equals(n.getName())).findFirst()
                        .ifPresent(path::add);
            }
            observed.getTasks().stream().filter(t -> t.getId().equals(request.taskId())).findFirst()
                    .ifPresent(path::add);
            flotilla.model.Node taskNode = modelNode(cluster, request.taskNode());
            if (taskNode != null) {
                path.add(taskNode);
            }
        }
        return new RequestPath(request.target(), List.copyOf(path), request.failure());
    }

    private static flotilla.model.Node modelNode(Cluster cluster, String hostname) {
        return hostname == null
                ? null
                : cluster.getNodes().stream().filter(n -> hostname.equals(n.getHostname())).findFirst().orElse(null);
    }

    private void checkUiThread() {
        if (display.getThread() != Thread.currentThread()) {
            throw new IllegalStateException("Call on the UI thread");
        }
    }
}
