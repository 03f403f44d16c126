package flotilla.ui.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;

import flotilla.engine.model.ObservedSnapshot;
import flotilla.engine.model.ObservedSnapshot.NodeRecord;
import flotilla.engine.model.ObservedSnapshot.TaskRecord;
import flotilla.observed.ClusterState;
import flotilla.observed.Event;
import flotilla.ui.editor.ModelEditor;

/**
 * Runs the active model editor's model in a simulated swarm: the virtual clock with play, pause and step;
 * the nodes with the failures and operations one can inflict on them (buttons and context menu); the
 * tasks of the selected node; and the timeline of what happened. All engine work runs on the session's
 * thread; this view only asks and shows.
 */
public final class SimulationView extends ViewPart {

    public static final String ID = "flotilla.ui.views.simulation";

    /** Play speeds: virtual seconds per real second. */
    static final long[] SPEEDS = {1, 5, 20, 60};
    /** Step choices; 0 is the next event, -1 until the swarm has settled, others milliseconds. */
    static final String[] STEP_LABELS = {"to the next event", "by 1 s", "by 5 s", "by 30 s", "by 5 min",
            "until settled"};
    static final long[] STEP_MILLIS = {0, 1_000, 5_000, 30_000, 300_000, -1};

    private ModelEditorTracker tracker;
    private SimulationSession session;
    private final Runnable stateListener = this::showState;

    private Composite contents;
    private Button startButton;
    private Label clock;
    private Button playButton;
    private Combo speed;
    private Button stepButton;
    private Combo stepBy;
    private Label status;
    private TableViewer nodes;
    private final List<Button> nodeButtons = new ArrayList<>();
    private Label tasksTitle;
    private TableViewer tasks;
    private Table timeline;
    private int busy;
    /** Running tasks per hostname at the last step: counted once, not once per row. */
    private static final String PACKING = "flotilla.packing";
    private static final String USER_WIDTH = "flotilla.userWidth";

    private final java.util.Map<String, Integer> runningOn = new java.util.HashMap<>();

    @Override
    public void createPartControl(Composite parent) {
        contents = new Composite(parent, SWT.NONE);
        contents.setLayout(new GridLayout(1, false));
        createClockBar(contents);

        SashForm sash = new SashForm(contents, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        createNodes(sash);
        createTasks(sash);
        createTimeline(sash);
        sash.setWeights(48, 24, 28);

        tracker = new ModelEditorTracker(getSite().getPage(), this::bind);
        bind(tracker.current());
    }

    private void createClockBar(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout layout = new GridLayout(8, false);
        layout.marginHeight = 0;
        layout.marginWidth = 0;
        bar.setLayout(layout);

        startButton = button(bar, "Start", "Start a simulated swarm from the model (again after edits)", this::start);
        clock = new Label(bar, SWT.NONE);
        clock.setFont(JFaceResources.getTextFont());
        clock.setText(formatClock(0) + "  ");
        clock.setToolTipText("The simulated clock (minutes:seconds since the swarm started)");

        playButton = button(bar, "Play", "Let simulated time run at the chosen speed", this::togglePlay);
        speed = new Combo(bar, SWT.READ_ONLY);
        for (long s : SPEEDS) {
            speed.add("\u00d7" + s);
        }
        speed.select(0);
        speed.setToolTipText("How many simulated seconds pass per real second while playing");
        speed.addListener(SWT.Selection, e -> {
            if (session != null && session.isPlaying()) {
                session.play(SPEEDS[speed.getSelectionIndex()]);
            }
        });

        stepButton = button(bar, "Step", "Advance the simulated clock once", this::step);
        stepBy = new Combo(bar, SWT.READ_ONLY);
        stepBy.setItems(STEP_LABELS);
        stepBy.select(0);

        status = new Label(bar, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
    }

    private void createNodes(Composite parent) {
        // The operations stand beside the table, two abreast, so a low view still shows the nodes.
        Composite box = new Composite(parent, SWT.NONE);
        box.setLayout(new GridLayout(2, false));
        nodes = new TableViewer(box, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
        scrollsSideways(nodes.getTable());
        nodes.getTable().setHeaderVisible(true);
        nodes.getTable().setLinesVisible(true);
        nodes.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        nodes.setContentProvider(ArrayContentProvider.getInstance());
        // Managers are marked M, the leader M*: the role column would crowd out the state.
        column(nodes, "Node", 100, n -> ((NodeRecord) n).hostname() + roleMark((NodeRecord) n));
        column(nodes, "Status", 60, n -> ((NodeRecord) n).status());
        column(nodes, "Availability", 80, n -> ((NodeRecord) n).availability());
        column(nodes, "Host", 90, n -> hostState((NodeRecord) n));
        column(nodes, "Tasks", 46, n -> String.valueOf(runningOn.getOrDefault(((NodeRecord) n).hostname(), 0)));
        nodes.addSelectionChangedListener(e -> showTasks());

        Composite buttons = new Composite(box, SWT.NONE);
        buttons.setLayoutData(new GridData(SWT.BEGINNING, SWT.BEGINNING, false, false));
        GridLayout grid = new GridLayout(2, true);
        grid.marginWidth = 0;
        grid.marginHeight = 0;
        grid.verticalSpacing = 2;
        grid.horizontalSpacing = 2;
        buttons.setLayout(grid);
        for (NodeOperation op : NodeOperation.values()) {
            Button button = button(buttons, op.label, op.tooltip, () -> apply(op));
            button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            nodeButtons.add(button);
        }

        MenuManager menu = new MenuManager("#SimulationNodes");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillNodeMenu);
        nodes.getTable().setMenu(menu.createContextMenu(nodes.getTable()));
    }

    private void fillNodeMenu(IMenuManager menu) {
        boolean selected = !selectedHostnames().isEmpty();
        for (NodeOperation op : NodeOperation.values()) {
            if (op == NodeOperation.HEAL || op == NodeOperation.PAUSE || op == NodeOperation.PARTITION) {
                menu.add(new Separator());
            }
            Action action = new Action(op.label) {
                @Override
                public void run() {
                    apply(op);
                }
            };
            action.setToolTipText(op.tooltip);
            action.setEnabled(session != null && session.snapshot() != null && (selected || !op.needsSelection));
            menu.add(action);
        }
    }

    private void createTasks(Composite parent) {
        Composite box = new Composite(parent, SWT.NONE);
        box.setLayout(new GridLayout(1, false));
        tasksTitle = new Label(box, SWT.NONE);
        tasksTitle.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        tasksTitle.setText("Select a node to see its tasks");
        tasks = new TableViewer(box, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
        scrollsSideways(tasks.getTable());
        tasks.getTable().setHeaderVisible(true);
        tasks.getTable().setLinesVisible(true);
        tasks.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        tasks.setContentProvider(ArrayContentProvider.getInstance());
        // Desired before Current, as docker service ps has them, and the ID last: in the narrow view a task on
        // a node that went down read "Running" with its desired Shutdown scrolled out of sight behind the ID.
        column(tasks, "Task", 90, t -> ((TaskRecord) t).name());
        column(tasks, "Desired", 70, t -> ((TaskRecord) t).desiredState().dockerName());
        column(tasks, "Current", 70, t -> ((TaskRecord) t).state().dockerName());
        column(tasks, "Error", 160, t -> ((TaskRecord) t).error());
        column(tasks, "ID", 96, t -> ((TaskRecord) t).id().substring(0, 12));
    }

    private void createTimeline(Composite parent) {
        Composite box = new Composite(parent, SWT.NONE);
        box.setLayout(new GridLayout(1, false));
        Label title = new Label(box, SWT.NONE);
        title.setText("Timeline");
        timeline = new Table(box, SWT.VIRTUAL | SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.H_SCROLL
                | SWT.V_SCROLL);
        timeline.setHeaderVisible(true);
        timeline.setLinesVisible(true);
        timeline.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (String[] c : new String[][]{{"Time", "64"}, {"Kind", "58"}, {"Event", "420"}}) {
            TableColumn column = new TableColumn(timeline, SWT.LEFT);
            column.setText(c[0]);
            column.setWidth(Integer.parseInt(c[1]));
        }
        // Thousands of events: rows are filled only when they scroll into view.
        timeline.addListener(SWT.SetData, e -> {
            TableItem item = (TableItem) e.item;
            ClusterState state = session == null ? null : session.observedState();
            if (state != null && e.index < state.getEvents().size()) {
                Event event = state.getEvents().get(e.index);
                item.setText(new String[]{formatClock(event.getTime() / 1_000_000), event.getKind().getLiteral(),
                        event.getMessage()});
            }
        });
    }

    // ---- binding to the editor's session

    private void bind(ModelEditor editor) {
        if (contents.isDisposed()) {
            return;
        }
        if (session != null) {
            session.removeObservedStateListener(stateListener);
        }
        session = editor == null ? null : Adapters.adapt(editor, SimulationSession.class);
        if (session != null) {
            session.addObservedStateListener(stateListener);
        }
        showState();
    }

    /** The session this view drives, or null when no model editor is open. */
    public SimulationSession session() {
        return session;
    }

    /** The view's top control, for tests that drive its widgets. */
    public Composite contents() {
        return contents;
    }

    private ObservedSnapshot snapshot() {
        return session == null ? null : session.snapshot();
    }

    private void showState() {
        if (contents.isDisposed()) {
            return;
        }
        if (session != null && session.isDisposed()) {
            session = null;
        }
        ObservedSnapshot snapshot = snapshot();
        boolean running = snapshot != null;
        startButton.setEnabled(session != null);
        startButton.setText(session != null && session.isStarted() ? "Restart" : "Start");
        playButton.setEnabled(running);
        playButton.setText(session != null && session.isPlaying() ? "Pause" : "Play");
        stepButton.setEnabled(running);
        nodeButtons.forEach(b -> b.setEnabled(running));
        clock.setText(formatClock(running ? snapshot.time() : 0) + (running && snapshot.settled() ? " settled" : "  "));

        List<String> selected = selectedHostnames();
        List<NodeRecord> rows = running ? snapshot.nodes() : List.of();
        runningOn.clear();
        if (running) {
            snapshot.tasks().stream().filter(t -> t.isRunning() && t.hostname() != null)
                    .forEach(t -> runningOn.merge(t.hostname(), 1, Integer::sum));
        }
        nodes.setInput(rows);
        nodes.setSelection(
                new StructuredSelection(rows.stream().filter(n -> selected.contains(n.hostname())).toList()));
        fitColumns(nodes.getTable());
        showTasks();

        int events = session == null || session.observedState() == null
                ? 0
                : session.observedState().getEvents().size();
        // Follows new events only while the user looks at the end, as tail -f does: scrolled up, they stay.
        boolean following = showsLastEvent();
        timeline.clearAll();
        timeline.setItemCount(events);
        if (events > 0 && following) {
            timeline.showItem(timeline.getItem(events - 1));
        }
        if (busy == 0) {
            status.setText(idleStatus());
        }
        contents.layout(true, true);
    }

    /**
     * Whether the timeline follows new events: while the user has picked no row and its last row is in view
     * (or there is none yet), or has picked the last row. A picked earlier row holds the view where it is.
     */
    private boolean showsLastEvent() {
        int count = timeline.getItemCount();
        if (count == 0) {
            return true;
        }
        if (timeline.getSelectionCount() > 0) {
            return timeline.getSelectionIndex() == count - 1;
        }
        int rows = Math.max(1,
                (timeline.getClientArea().height - timeline.getHeaderHeight()) / timeline.getItemHeight());
        return timeline.getTopIndex() + rows >= count - 1;
    }

    private String idleStatus() {
        if (session == null) {
            return "Open a model to simulate it.";
        }
        if (!session.isStarted()) {
            return "Press Start to run the model in a simulated swarm.";
        }
        if (session.isModelChangedSinceStart()) {
            return "The model changed: Restart to simulate the edits.";
        }
        return "";
    }

    private void showTasks() {
        List<String> selected = selectedHostnames();
        ObservedSnapshot snapshot = snapshot();
        if (selected.size() != 1 || snapshot == null) {
            tasksTitle.setText(
                    selected.size() > 1 ? selected.size() + " nodes selected" : "Select a node to see its tasks");
            tasks.setInput(List.of());
            return;
        }
        List<TaskRecord> onNode = new ArrayList<>(snapshot.tasksOn(selected.get(0)));
        // The newest first: what runs now, then its history.
        java.util.Collections.reverse(onNode);
        tasksTitle.setText("Tasks on " + selected.get(0));
        tasks.setInput(onNode);
        fitColumns(tasks.getTable());
    }

    private List<String> selectedHostnames() {
        List<String> hostnames = new ArrayList<>();
        for (Object o : nodes.getStructuredSelection().toList()) {
            hostnames.add(((NodeRecord) o).hostname());
        }
        return hostnames;
    }

    // ---- actions

    private void start() {
        if (session == null) {
            return;
        }
        SimulationSession target = session;
        CompletableFuture<Void> started = target.start();
        track("Starting", started);
        // Importing a large model can take a while: the progress view and status line show it.
        Job job = Job.create("Starting the simulated swarm of " + target.model().name(),
                (IProgressMonitor monitor) -> {
                    monitor.beginTask("Joining nodes, creating networks and services", IProgressMonitor.UNKNOWN);
                    try {
                        started.join();
                        return Status.OK_STATUS;
                    } catch (CompletionException e) {
                        return Status.warning(message(e));
                    } finally {
                        monitor.done();
                    }
                });
        job.setSystem(false);
        job.schedule();
        showState();
    }

    private void togglePlay() {
        if (session == null) {
            return;
        }
        if (session.isPlaying()) {
            session.pause();
        } else {
            session.play(SPEEDS[Math.max(0, speed.getSelectionIndex())]);
        }
        showState();
    }

    private void step() {
        if (session == null) {
            return;
        }
        long by = STEP_MILLIS[Math.max(0, stepBy.getSelectionIndex())];
        if (by == 0) {
            track("Stepping", session.stepToNextEvent().thenAccept(moved -> {
                if (!moved && !status.isDisposed()) {
                    status.setText("Nothing is due: the swarm has settled.");
                }
            }));
        } else if (by < 0) {
            track("Running until the swarm settles", session.runUntilSettled().thenAccept(settled -> {
                if (!settled && !status.isDisposed()) {
                    status.setText("Still not settled after an hour of simulated time.");
                }
            }));
        } else {
            track("Advancing", session.advance(by));
        }
    }

    /** What one can do to nodes from this view, as the `sim` verbs and `docker node update` do it. */
    enum NodeOperation {
        CRASH("Crash", "Every task container on the selected nodes dies (sim crash)", true,
                (s, h) -> s.crash(h)), DOWN("Down",
                        "The selected hosts stop (sim node-down); swarm notices after the heartbeat timeout", true,
                        (s, h) -> s.nodeDown(h)), UP("Up", "The selected hosts start again (sim node-up)", true,
                                (s, h) -> s.nodeUp(h)), PAUSE("Pause node",
                                        "Keep the tasks, place no new ones (docker node update --availability pause)",
                                        true,
                                        (s, h) -> s.setAvailability(h, "pause")), DRAIN("Drain",
                                                "Move the tasks elsewhere (docker node update --availability drain)",
                                                true,
                                                (s, h) -> s.setAvailability(h, "drain")), ACTIVATE("Activate",
                                                        "Accept tasks again (docker node update --availability active)",
                                                        true,
                                                        (s, h) -> s.setAvailability(h, "active")), PARTITION(
                                                                "Partition",
                                                                "Cut the selected nodes off the managers (sim partition)",
                                                                true, null), HEAL("Heal",
                                                                        "End every partition (sim heal)", false, null);

        final String label;
        final String tooltip;
        final boolean needsSelection;
        final java.util.function.BiFunction<SimulationSession, String, CompletableFuture<Void>> perNode;

        NodeOperation(String label, String tooltip, boolean needsSelection,
                java.util.function.BiFunction<SimulationSession, String, CompletableFuture<Void>> perNode) {
            this.label = label;
            this.tooltip = tooltip;
            this.needsSelection = needsSelection;
            this.perNode = perNode;
        }
    }

    private void apply(NodeOperation op) {
        if (session == null || session.snapshot() == null) {
            return;
        }
        List<String> hostnames = selectedHostnames();
        if (op.needsSelection && hostnames.isEmpty()) {
            status.setText("Select the nodes to " + op.label.toLowerCase() + " first.");
            return;
        }
        CompletableFuture<?> done;
        if (op == NodeOperation.PARTITION) {
            done = session.partition(hostnames);
        } else if (op == NodeOperation.HEAL) {
            done = session.heal();
        } else {
            CompletableFuture<?>[] each = hostnames.stream().map(h -> op.perNode.apply(session, h))
                    .toArray(CompletableFuture[]::new);
            done = CompletableFuture.allOf(each);
        }
        track(op.label + " " + String.join(", ", hostnames), done);
    }

    /** Shows that work is under way, and its failure if it fails; the UI never waits for it. */
    private void track(String what, CompletableFuture<?> work) {
        busy++;
        status.setText(what + "\u2026");
        org.eclipse.swt.widgets.Display display = contents.getDisplay();
        work.whenComplete((value, failure) -> display.asyncExec(() -> {
            busy--;
            if (status.isDisposed()) {
                return;
            }
            if (failure != null) {
                status.setText(message(failure));
            } else if (busy == 0 && status.getText().equals(what + "\u2026")) {
                status.setText(idleStatus());
            }
            showState();
        }));
    }

    private static String message(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause()
                : failure;
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }

    // ---- widgets

    private static Button button(Composite parent, String text, String tooltip, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setToolTipText(tooltip);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    private static void column(TableViewer viewer, String title, int width, Function<Object, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        // A width the user dragged is theirs: refreshes stop packing that column.
        column.getColumn().addListener(SWT.Resize, e -> {
            TableColumn resized = (TableColumn) e.widget;
            if (resized.getParent().getData(PACKING) == null) {
                resized.setData(USER_WIDTH, Boolean.TRUE);
            }
        });
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(element);
            }
        });
    }

    /**
     * Columns as wide as their widest cell or their title after every refresh, so nothing reads truncated (the
     * table scrolls instead), an empty table included; a column the user resized keeps the user's width.
     */
    private static void fitColumns(Table table) {
        table.setData(PACKING, Boolean.TRUE);
        try {
            for (TableColumn column : table.getColumns()) {
                if (column.getData(USER_WIDTH) == null) {
                    column.pack();
                }
            }
        } finally {
            table.setData(PACKING, null);
        }
    }

    /**
     * A classic horizontal bar in its own strip: the view is often narrower than the packed columns, and GTK's
     * overlay bar shows only while the pointer rests on the table's bottom edge, so the cut columns looked lost.
     */
    private static void scrollsSideways(Table table) {
        table.setScrollbarsMode(SWT.NONE);
    }

    private static String roleMark(NodeRecord node) {
        return node.leader() ? " M*" : node.role().equals("manager") ? " M" : "";
    }

    private static String hostState(NodeRecord node) {
        return !node.poweredOn() ? "stopped" : node.partitioned() ? "partitioned" : "up";
    }

    /** Virtual milliseconds as m:ss.s (h:mm:ss past an hour). */
    static String formatClock(long millis) {
        long seconds = millis / 1000;
        if (seconds >= 3600) {
            return String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
        }
        return String.format("%d:%02d.%d", seconds / 60, seconds % 60, millis % 1000 / 100);
    }

    @Override
    public void setFocus() {
        nodes.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (session != null) {
            session.removeObservedStateListener(stateListener);
        }
        if (tracker != null) {
            tracker.dispose();
        }
        super.dispose();
    }
}
