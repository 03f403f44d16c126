package flotilla.ui.diagram;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

import flotilla.model.Cluster;
import flotilla.model.Element;
import flotilla.model.Label;
import flotilla.model.Network;
import flotilla.model.NetworkAttachment;
import flotilla.model.Node;
import flotilla.model.Service;
import flotilla.observed.ClusterState;
import flotilla.observed.NodeStatus;
import flotilla.ui.application.UserTiming;
import flotilla.ui.graph.GraphDropAdapter;
import flotilla.ui.graph.GraphViewer;
import flotilla.ui.graph.ConnectEvent;
import flotilla.ui.graph.IConnectListener;
import flotilla.ui.graph.MoveEvent;
import flotilla.ui.graph.ShapeChip;
import flotilla.ui.observed.IObservedStateProvider;
import flotilla.engine.analysis.SingleNodeLosses;
import flotilla.engine.analysis.Verdict;
import flotilla.ui.problems.IPlacementProblemsProvider;
import flotilla.ui.problems.Problem;

/**
 * The Diagram page of the model editor: a toolbar (desired or simulated state, task counts, fit,
 * filter), the palette, and the generic {@link GraphViewer} showing the cluster through
 * {@link ClusterContent} and {@link ClusterLabels}. It turns the viewer's gestures into
 * {@link DiagramCommands} on the editor's command stack and redraws after every command.
 */
public final class DiagramPage implements IPlacementProblemsProvider {

    /** Nodes holding more tasks than this show a count (and a summary by state) instead of task boxes. */
    public static final int COLLAPSE_THRESHOLD = 12;

    private final EditingDomain domain;
    private final Supplier<IObservedStateProvider> observedSource;
    private final Composite control;
    private final GraphViewer viewer;
    private final DiagramPalette palette;
    private final ClusterContent content = new ClusterContent();
    private final ClusterLabels labels;
    private final Map<Node, String> nodeStatus = new HashMap<>();
    private final Map<Node, List<String>> nodeNetworks = new HashMap<>();
    private final Map<Service, List<String>> pendingByService = new HashMap<>();
    /** What losing each node does (the N-1 analysis of the desired placement), for the heat map. */
    private final Map<Node, SingleNodeLosses.Damage> nodeDamage = new HashMap<>();
    /** The services some single node loss leaves short, with the worst such loss first. */
    private final Map<Service, List<SingleNodeLosses.Hurt>> fragile = new HashMap<>();
    private final org.eclipse.core.runtime.ListenerList<Runnable> placementListeners = new org.eclipse.core.runtime.ListenerList<>();
    private final CommandStackListener stackListener = event -> commandStackChanged();
    private final Runnable observedListener = this::observedChanged;
    private final ToolItem desiredItem;
    private final ToolItem simulatedItem;
    private final ToolItem countsItem;
    private final ToolItem heatItem;
    private final Text filterText;
    private final org.eclipse.swt.widgets.Label status;

    private Cluster cluster;
    private DiagramNotation notation = new DiagramNotation();
    private boolean simulated;
    private IObservedStateProvider observed;
    private Set<Object> filterShown;
    private long scheduleGeneration;
    private boolean scheduling;
    private BiFunction<Service, Node, String> pinChooser;

    private List<?> pendingSelection;

    public DiagramPage(Composite parent, EditingDomain domain, AdapterFactory adapterFactory,
            Supplier<IObservedStateProvider> observedSource) {
        this.domain = domain;
        this.observedSource = observedSource;
        control = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = layout.marginHeight = 0;
        layout.horizontalSpacing = layout.verticalSpacing = 0;
        control.setLayout(layout);

        Composite top = new Composite(control, SWT.NONE);
        top.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        GridLayout topLayout = new GridLayout(4, false);
        topLayout.marginHeight = 2;
        top.setLayout(topLayout);
        ToolBar modes = new ToolBar(top, SWT.FLAT | SWT.RIGHT);
        desiredItem = new ToolItem(modes, SWT.RADIO);
        desiredItem.setText("Desired");
        desiredItem.setToolTipText("Tasks where swarm would place them for this model (computed by the engine)");
        desiredItem.setSelection(true);
        desiredItem.addListener(SWT.Selection, event -> {
            if (desiredItem.getSelection()) {
                setSimulated(false);
            }
        });
        simulatedItem = new ToolItem(modes, SWT.RADIO);
        simulatedItem.setText("Simulated");
        simulatedItem.setToolTipText("Tasks as the running simulation observes them");
        simulatedItem.addListener(SWT.Selection, event -> {
            if (simulatedItem.getSelection()) {
                setSimulated(true);
            }
        });
        new ToolItem(modes, SWT.SEPARATOR);
        countsItem = new ToolItem(modes, SWT.CHECK);
        countsItem.setText("Counts");
        countsItem.setToolTipText("Show task counts instead of task boxes (big clusters do this by themselves)");
        countsItem.addListener(SWT.Selection, event -> setCountsOnly(countsItem.getSelection()));
        heatItem = new ToolItem(modes, SWT.CHECK);
        heatItem.setText("Heat map");
        heatItem.setToolTipText("Colour each node by what losing it does to the services (every single node loss "
                + "replayed by the engine): green nothing, yellow degraded, orange not rescheduled, red a service down");
        heatItem.addListener(SWT.Selection, event -> setHeatMap(heatItem.getSelection()));
        ToolItem fit = new ToolItem(modes, SWT.PUSH);
        fit.setText("Fit");
        fit.setToolTipText("Show the whole diagram (F)");
        fit.addListener(SWT.Selection, event -> viewer().zoomToFit());
        filterText = new Text(top, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filterText.setMessage("Filter by label, service or network");
        GridData filterData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        filterData.widthHint = 240;
        filterText.setLayoutData(filterData);
        filterText.addListener(SWT.Modify, event -> setFilter(filterText.getText()));
        status = new org.eclipse.swt.widgets.Label(top, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        palette = new DiagramPalette(control, adapterFactory, this::setConnectMode, this::armCreation,
                this::releasedFromPalette);
        palette.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));

        viewer = new GraphViewer(control, SWT.NONE);
        viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        labels = new ClusterLabels(adapterFactory, nodeStatus, nodeNetworks, pendingByService, nodeDamage);
        labels.setContent(content);
        viewer.setContentProvider(content);
        viewer.setLabelProvider(labels);
        viewer.setCollapseThreshold(COLLAPSE_THRESHOLD);
        viewer.setPositionStore(element -> notation.getPosition(element));
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parent, Object element) {
                return filterShown == null || switch (element) {
                case Placements.PendingTask task -> filterShown.contains(task.service());
                case ClusterContent.PendingLane lane -> content.pending().stream()
                        .anyMatch(task -> filterShown.contains(task.service()));
                default -> filterShown.contains(element);
                };
            }
        });
        viewer.addLayoutListener(this::laidOut);
        viewer.addMoveListener(this::shapesMoved);
        viewer.addConnectListener(new Connector());
        viewer.getControl().addListener(SWT.KeyDown, this::keyDown);

        domain.getCommandStack().addCommandStackListener(stackListener);
        control.addListener(SWT.Dispose, event -> dispose());
    }

    // ---- Input -----------------------------------------------------------------------------------

    /** Shows a cluster, with the positions stored beside {@code modelFile} (may be null). */
    public void setInput(Cluster newCluster, Path modelFile) {
        cluster = newCluster;
        notation = DiagramNotation.load(modelFile == null ? null : DiagramNotation.sidecar(modelFile));
        content.setTasks(List.of());
        content.setPending(List.of());
        updateFilter();
        if (!simulated) {
            // The engine's placement first: it takes longest, and runs on another core while this thread
            // builds and shows the nodes.
            updateTasks();
        }
        viewer.setInput(cluster);
        if (simulated) {
            updateTasks();
        }
        if (UserTiming.ENABLED) {
            reportFirstLayout(modelFile);
        }
    }

    /** For -Dflotilla.timing: when the engine's placement and the first layout after setInput are both done. */
    private void reportFirstLayout(Path modelFile) {
        String name = modelFile == null ? "the model" : modelFile.getFileName().toString();
        viewer.addLayoutListener(new Runnable() {
            @Override
            public void run() {
                if (!isBusy()) {
                    viewer.removeLayoutListener(this);
                    control.update();
                    UserTiming.reached(name + ": " + tasks().size() + " tasks placed, laid out and painted (layout "
                            + viewer.getLastLayoutMillis() + " ms)");
                }
            }
        });
    }

    /** Writes the positions beside the model file. */
    public void saveNotation(Path modelFile) throws IOException {
        notation.save(DiagramNotation.sidecar(modelFile));
    }

    public GraphViewer viewer() {
        return viewer;
    }

    public Control getControl() {
        return control;
    }

    public DiagramNotation notation() {
        return notation;
    }

    /** Whether tasks are being computed or a layout is running: tests wait for this to end. */
    public boolean isBusy() {
        return scheduling || viewer.isLayoutPending();
    }

    /** The tasks shown (before filtering). */
    public List<DiagramTask> tasks() {
        return content.tasks();
    }

    /** Replaces the dialog that asks how to pin a dropped service (tests answer it themselves). */
    public void setPinChooser(BiFunction<Service, Node, String> chooser) {
        pinChooser = chooser;
    }

    /** Uses this provider for simulated mode instead of asking the editor (tests, or a view that owns one). */
    public void setObservedStateProvider(IObservedStateProvider provider) {
        if (observed != null) {
            observed.removeObservedStateListener(observedListener);
        }
        observed = provider;
        if (observed != null && simulated) {
            observed.addObservedStateListener(observedListener);
        }
        if (simulated) {
            updateTasks();
        }
    }

    // ---- Modes, filter, counts --------------------------------------------------------------------

    public void setSimulated(boolean on) {
        if (on == simulated) {
            return;
        }
        simulated = on;
        desiredItem.setSelection(!on);
        simulatedItem.setSelection(on);
        if (on && observed == null) {
            observed = observedSource.get();
        }
        if (observed != null) {
            if (on) {
                observed.addObservedStateListener(observedListener);
            } else {
                observed.removeObservedStateListener(observedListener);
            }
        }
        updateTasks();
    }

    public boolean isSimulated() {
        return simulated;
    }

    public void setCountsOnly(boolean counts) {
        countsItem.setSelection(counts);
        viewer.setCollapseThreshold(counts ? 0 : COLLAPSE_THRESHOLD);
        relayout();
    }

    public void setConnectMode(boolean connect) {
        viewer.setConnectMode(connect);
        palette.setConnectMode(connect);
    }

    /** Shows only what matches {@code text} (hostname, label, service, image or network) and what it connects to. */
    public void setFilter(String text) {
        if (!filterText.getText().equals(text)) {
            filterText.setText(text); // fires Modify, which comes back here
            return;
        }
        updateFilter();
        showCounts();
        relayout();
    }

    private void updateFilter() {
        filterShown = new DiagramFilter(filterText.getText()).shown(cluster, content.tasks());
    }

    // ---- Tasks: desired (engine) or simulated (observed) ------------------------------------------

    /** Recomputes the tasks for the current mode and lays the diagram out again. */
    private void updateTasks() {
        if (cluster == null) {
            return;
        }
        long generation = ++scheduleGeneration;
        if (simulated) {
            scheduling = false;
            ClusterState state = observed == null ? null : observed.observedState();
            nodeStatus.clear();
            if (state != null) {
                for (NodeStatus node : state.getNodes()) {
                    if (node.getNode() != null && node.getState() != null) {
                        nodeStatus.put(node.getNode(), node.getState().getLiteral());
                    }
                }
            }
            nodeNetworks.clear();
            nodeNetworks.putAll(Placements.observedNetworks(state));
            List<DiagramTask> tasks = Placements.observed(state);
            showPendingReasons(Placements.observedPending(state));
            showTasks(tasks);
            if (state == null) {
                status.setText("No simulation runs for this model.");
            }
            return;
        }
        nodeStatus.clear();
        scheduling = true;
        status.setText("Computing the placement...");
        Cluster snapshot = Placements.snapshot(cluster);
        var display = control.getDisplay();
        Job job = Job.create("Computing the desired placement", monitor -> {
            Placements.Schedule schedule = null;
            try {
                if (generation == scheduleGeneration) {
                    schedule = Placements.schedule(snapshot);
                }
            } catch (RuntimeException e) {
                ILog.get().log(Status.error("The engine could not place the model's tasks", e));
            }
            Placements.Schedule done = schedule;
            if (!display.isDisposed()) {
                display.asyncExec(() -> scheduled(generation, done));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    /** Lays the diagram out again after a change of model, tasks, filter or rendering. */
    private void relayout() {
        viewer.refresh();
    }

    private void scheduled(long generation, Placements.Schedule schedule) {
        if (control.isDisposed() || generation != scheduleGeneration) {
            return; // the model changed meanwhile: a newer schedule is on its way
        }
        scheduling = false;
        List<DiagramTask> tasks = schedule == null ? List.of() : schedule.resolve(cluster);
        nodeNetworks.clear();
        if (schedule != null) {
            nodeNetworks.putAll(schedule.resolveNetworks(cluster));
        }
        resolveLosses(schedule == null ? null : schedule.losses());
        showPendingReasons(schedule == null ? List.of() : schedule.resolvePending(cluster));
        showTasks(tasks);
        if (schedule == null) {
            status.setText("The engine could not place the tasks (see the error log).");
        }
    }

    /**
     * The status line: how many tasks are placed and how many wait ("6 placed, 4 pending"); with a filter,
     * how many of them the diagram shows.
     */
    private void showCounts() {
        if (cluster == null || scheduling) {
            return;
        }
        List<DiagramTask> tasks = content.tasks();
        List<Placements.PendingTask> pending = content.pending();
        String all = pending.isEmpty()
                ? tasks.size() + (tasks.size() == 1 ? " task" : " tasks")
                        + (simulated ? " in the simulation" : " placed by the engine")
                : tasks.size() + " placed, " + pending.size() + " pending";
        if (cluster.getNodes().isEmpty()) {
            // A model fresh from a compose file has services and nothing to run them on yet.
            status.setText("No nodes yet: click Node in the palette, then in the diagram, to add the first one."
                    + (pending.isEmpty() ? "" : " " + pending.size() + " tasks wait for it."));
        } else if (filterShown == null) {
            status.setText(all);
        } else {
            long shownTasks = tasks.stream().filter(filterShown::contains).count();
            long shownPending = pending.stream().filter(task -> filterShown.contains(task.service())).count();
            status.setText("Filter shows " + shownTasks + " of " + tasks.size()
                    + (pending.isEmpty()
                            ? " tasks"
                            : " placed, " + shownPending + " of " + pending.size() + " pending"));
        }
        status.getParent().layout();
    }

    /** Each service shows its pending tasks, and the status line's tooltip says why each waits, in swarm's words. */
    private void showPendingReasons(List<Placements.PendingTask> pending) {
        content.setPending(pending);
        pendingByService.clear();
        pending.forEach(
                task -> pendingByService.computeIfAbsent(task.service(), s -> new ArrayList<>()).add(task.line()));
        status.setToolTipText(pending.isEmpty()
                ? null
                : "Pending, and why:\n"
                        + String.join("\n", pending.stream().map(Placements.PendingTask::line).toList()));
        status.getParent().layout();
        placementListeners.forEach(Runnable::run);
    }

    /** The N-1 analysis on the model's own nodes and services (by hostname and qualified name). */
    private void resolveLosses(SingleNodeLosses losses) {
        nodeDamage.clear();
        fragile.clear();
        if (losses == null) {
            return;
        }
        for (Node node : cluster.getNodes()) {
            SingleNodeLosses.Damage damage = losses.byNode().get(node.getHostname());
            if (damage != null) {
                nodeDamage.put(node, damage);
            }
        }
        for (Service service : cluster.allServices()) {
            List<SingleNodeLosses.Hurt> hurts = losses.hurts(service.qualifiedName());
            if (!hurts.isEmpty()) {
                fragile.put(service, hurts);
            }
        }
    }

    /** Colours the nodes by what losing each does (true), or by their availability and status (false). */
    public void setHeatMap(boolean on) {
        heatItem.setSelection(on);
        labels.setHeatMap(on);
        viewer.refresh();
    }

    public boolean isHeatMap() {
        return heatItem.getSelection();
    }

    /**
     * A warning per service some of whose tasks no node can take, with swarm's reason for the first; and one per
     * service that does not survive a single node loss whole: a warning when the loss leaves it down or not
     * rescheduled, information when only degraded.
     */
    @Override
    public List<Problem> placementProblems() {
        List<Problem> problems = new ArrayList<>();
        pendingByService.forEach((service, lines) -> {
            String first = lines.get(0);
            problems.add(new Problem(Diagnostic.WARNING, service, service.qualifiedName(),
                    lines.size() + (lines.size() == 1 ? " task" : " tasks") + " of " + service.qualifiedName()
                            + " cannot be placed: " + first.substring(first.indexOf(": ") + 2)));
        });
        fragile.forEach((service, hurts) -> {
            SingleNodeLosses.Hurt worst = hurts.get(0);
            Verdict verdict = worst.outcome().verdict();
            String reason = worst.outcome().reason();
            problems.add(new Problem(verdict == Verdict.DEGRADED ? Diagnostic.INFO : Diagnostic.WARNING, service,
                    service.qualifiedName(),
                    service.qualifiedName() + " does not survive a single node loss: losing " + worst.hostname()
                            + " leaves it " + verdict.label() + " (" + worst.outcome().replicas()
                            + (reason.isEmpty() ? "" : ", " + reason) + ")"
                            + (hurts.size() > 1
                                    ? "; losing " + (hurts.size() - 1) + " other node" + (hurts.size() > 2 ? "s" : "")
                                            + " hurts it too"
                                    : "")));
        });
        return problems;
    }

    @Override
    public void addPlacementListener(Runnable listener) {
        placementListeners.add(listener);
    }

    @Override
    public void removePlacementListener(Runnable listener) {
        placementListeners.remove(listener);
    }

    /** The status line, as the user reads it ("9 tasks placed by the engine", "6 placed, 4 pending"). */
    public String statusText() {
        return status.getText();
    }

    private void showTasks(List<DiagramTask> tasks) {
        content.setTasks(tasks);
        updateFilter();
        showCounts();
        relayout();
        showRequestPath();
    }

    /** Highlights the latest `sim curl`: the node asked, the ingress hop, the task that answered and its node. */
    private void showRequestPath() {
        if (!simulated || observed == null) {
            viewer.setHighlightedPath(List.of());
            return;
        }
        Map<String, DiagramTask> tasksById = new HashMap<>();
        content.tasks().forEach(task -> tasksById.put(task.id(), task));
        List<Object> path = new ArrayList<>();
        for (Object hop : observed.requestPath()) {
            path.add(hop instanceof flotilla.observed.Task task ? tasksById.get(task.getId()) : hop);
        }
        path.removeIf(Objects::isNull);
        viewer.setHighlightedPath(path);
    }

    private void observedChanged() {
        if (simulated && !control.isDisposed()) {
            updateTasks();
        }
    }

    private void commandStackChanged() {
        if (control.isDisposed() || cluster == null) {
            return;
        }
        Command command = domain.getCommandStack().getMostRecentCommand();
        if (command instanceof MoveShapesCommand) {
            viewer.applyPositions(); // the model is unchanged: no new layout, no new placement
            return;
        }
        updateFilter();
        showCounts();
        relayout();
        if (!simulated) {
            updateTasks();
        }
    }

    // ---- Gestures ----------------------------------------------------------------------------------

    /**
     * A palette click: the next click in the diagram creates a {@code kind} there, which is then selected
     * (so Properties show it); Escape cancels. The status line says so meanwhile.
     */
    public void armCreation(DiagramCommands.Kind kind) {
        viewer.getControl().setFocus();
        viewer.placeNext(point -> {
            showCounts();
            if (point != null) {
                create(kind, point);
            }
        });
        status.setText("Click in the diagram where the new " + kind.title.toLowerCase(java.util.Locale.ROOT)
                + " goes (Esc cancels)");
        status.getParent().layout();
    }

    /** Adds a node, service or network; at {@code position} (diagram coordinates) or where the layout puts it. */
    public boolean create(DiagramCommands.Kind kind, Point position) {
        if (cluster == null) {
            return false;
        }
        return execute(DiagramCommands.create(domain, notation, cluster, kind, position));
    }

    private boolean execute(Command command) {
        if (command == null || !command.canExecute()) {
            return false;
        }
        domain.getCommandStack().execute(command);
        return true;
    }

    /** The node label whose chip a drag started on, or {@code null}. */
    private Label labelOf(ShapeChip chip) {
        return chip != null && chip.element() instanceof Node node ? labels.labelAt(node, chip.index()) : null;
    }

    /**
     * A finished drag: a label chip dropped on a service constrains the service; a service or task dropped
     * on a node pins the service there; anything else is a move, stored in the notation.
     */
    void shapesMoved(MoveEvent event) {
        Object under = event.target();
        Label label = labelOf(event.chip());
        if (label != null && under instanceof Service service) {
            execute(DiagramCommands.constrain(domain, service, DiagramCommands.labelConstraint(label)));
            return;
        }
        if (event.positions().size() == 1) {
            Object moved = event.positions().keySet().iterator().next();
            Node node = under instanceof Node n ? n : under instanceof DiagramTask t ? t.node() : null;
            Service service = moved instanceof Service s ? s : moved instanceof DiagramTask t ? t.service() : null;
            boolean ownNode = moved instanceof DiagramTask t && t.node() == node;
            if (service != null && node != null && !ownNode) {
                pin(service, node);
                return;
            }
        }
        Map<Element, Point> positions = new LinkedHashMap<>();
        event.positions().forEach((element, position) -> {
            if (element instanceof Node || element instanceof Service || element instanceof Network) {
                positions.put((Element) element, position); // tasks are recomputed, so they keep no position
            }
        });
        if (!positions.isEmpty()) {
            execute(new MoveShapesCommand(notation, positions));
        }
    }

    /** Asks how to pin the service to the node and adds that constraint. */
    public boolean pin(Service service, Node node) {
        String expression = pinChooser != null
                ? pinChooser.apply(service, node)
                : PinDialog.ask(control.getShell(), service, node);
        return expression != null && execute(DiagramCommands.constrain(domain, service, expression));
    }

    /** Attaches a service to a network, as a connect drag does. */
    public boolean attach(Service service, Network network) {
        return execute(DiagramCommands.attach(domain, service, network));
    }

    /** Deletes the selected model elements, as the Delete key does. */
    public boolean deleteSelection() {
        return execute(DiagramCommands.delete(domain, viewer.getStructuredSelection().toList()));
    }

    private void keyDown(Event event) {
        if (event.keyCode == SWT.DEL || event.keyCode == SWT.BS) {
            event.doit = !deleteSelection();
        }
    }

    /** The connect mode's gestures: service to network attaches, service to node pins, label chip to service constrains. */
    private final class Connector implements IConnectListener {

        @Override
        public boolean canConnect(ConnectEvent event) {
            Object source = event.source();
            Object target = event.target();
            return source instanceof Service service && target instanceof Network network
                    && DiagramCommands.canAttach(service, network)
                    || source instanceof Network network2 && target instanceof Service service2
                            && DiagramCommands.canAttach(service2, network2)
                    || (source instanceof Service || source instanceof DiagramTask)
                            && (target instanceof Node || target instanceof DiagramTask)
                    || source instanceof Node && labelOf(event.chip()) != null && target instanceof Service;
        }

        @Override
        public void connect(ConnectEvent event) {
            Object source = event.source();
            Object target = event.target();
            Label label = labelOf(event.chip());
            if (source instanceof Service service && target instanceof Network network) {
                attach(service, network);
            } else if (source instanceof Network network && target instanceof Service service) {
                attach(service, network);
            } else if (source instanceof Node && target instanceof Service service && label != null) {
                execute(DiagramCommands.constrain(domain, service, DiagramCommands.labelConstraint(label)));
            } else {
                Service service = source instanceof Service s ? s : ((DiagramTask) source).service();
                Node node = target instanceof Node n ? n : ((DiagramTask) target).node();
                pin(service, node);
            }
        }
    }

    /** Palette tools dragged onto the canvas: created where they are dropped. */
    private final class PaletteDrop extends GraphDropAdapter {

        PaletteDrop(GraphViewer graphViewer) {
            super(graphViewer);
        }

        @Override
        protected boolean validateDrop(Object target, int operation, TransferData type) {
            return target == null && TextTransfer.getInstance().isSupportedType(type);
        }

        @Override
        protected boolean performDrop(Object target, Object data, int displayX, int displayY) {
            DiagramCommands.Kind kind = DiagramPalette.kindOf(data);
            if (kind == null || target != null) {
                return false;
            }
            return create(kind, diagramPoint(displayX, displayY));
        }
    }

    /** A palette item dragged and released at a display point: it creates there if that is the canvas. */
    private void releasedFromPalette(DiagramCommands.Kind kind, Point display) {
        Point at = viewer.getControl().toControl(display);
        if (((org.eclipse.swt.widgets.Scrollable) viewer.getControl()).getClientArea().contains(at)) {
            dropFromPalette(kind, display.x, display.y);
        }
    }

    /** Performs a palette drop at a display point, as the drag and drop machinery would. */
    public boolean dropFromPalette(DiagramCommands.Kind kind, int displayX, int displayY) {
        PaletteDrop drop = new PaletteDrop(viewer);
        return drop.targetAt(displayX, displayY) == null
                && drop.performDrop(null, DiagramPalette.DRAG_PREFIX + kind.name(), displayX, displayY);
    }

    /** The palette item creating {@code kind} (tests click it). */
    public ToolItem paletteItem(DiagramCommands.Kind kind) {
        return palette.item(kind);
    }

    // ---- Selection ------------------------------------------------------------------------------

    /**
     * Selects model elements; one without a shape of its own (a constraint, a port, a label) selects
     * the shape of its nearest container that has one.
     */
    public void select(List<?> elements) {
        select(elements, true);
    }

    private void select(List<?> elements, boolean again) {
        Set<Object> shown = new HashSet<>(viewer.getShownElements());
        List<Object> selected = new ArrayList<>();
        // What a command just created has no shape until the next layout: try once more after it.
        pendingSelection = again && !shown.containsAll(elements) ? List.copyOf(elements) : null;
        for (Object element : elements) {
            Object e = element;
            if (e instanceof NetworkAttachment attachment) {
                e = attachment.eContainer();
            }
            while (e instanceof EObject eObject && !shown.contains(e)) {
                e = eObject.eContainer();
            }
            if (e != null && !(e instanceof Cluster) && !selected.contains(e)) {
                selected.add(e);
            }
        }
        viewer.setSelection(new StructuredSelection(selected), true);
    }

    private void laidOut() {
        List<?> pending = pendingSelection;
        pendingSelection = null;
        if (pending != null) {
            select(pending, false);
        }
    }

    public IStructuredSelection getSelection() {
        return viewer.getStructuredSelection();
    }

    public void setFocus() {
        viewer.getControl().setFocus();
    }

    private void dispose() {
        domain.getCommandStack().removeCommandStackListener(stackListener);
        if (observed != null) {
            observed.removeObservedStateListener(observedListener);
        }
        scheduleGeneration++; // the viewer disposes the label provider with its control
    }
}
