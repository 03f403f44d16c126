package flotilla.ui.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;

import flotilla.engine.analysis.ResilienceAnalysis;
import flotilla.engine.analysis.Scenario;
import flotilla.engine.analysis.ScenarioResult;
import flotilla.engine.analysis.Scenarios;
import flotilla.engine.analysis.ServiceOutcome;
import flotilla.engine.analysis.Verdict;
import flotilla.engine.model.ModelImporter;
import flotilla.engine.sim.Simulator;
import flotilla.model.Cluster;
import flotilla.ui.diagram.VerdictColors;
import flotilla.ui.editor.ModelEditor;

/**
 * What-if for the model in the active editor: each scenario (every single node lost, a zone, managers, a drain,
 * an update) replayed on the engine off the UI thread, with progress, and shown as a scenario x service table
 * coloured by verdict; a cell's tooltip is swarm's reason, and a double-click replays that scenario in the
 * editor's simulation so the diagram shows where everything went.
 */
public final class ResilienceView extends ViewPart {
    public static final String ID = "flotilla.ui.views.resilience";

    /** The scenario sets the combo offers, by label. */
    static final String[] SCENARIO_SETS = {"Each node lost (N-1)", "Each zone lost (node.labels.zone)",
            "Managers lost", "Each node drained", "Each service updated"};

    /** Seed for ids and tie-breaking: the same model always gives the same table. */
    private static final long SEED = 1;

    private ModelEditorTracker tracker;
    private Combo scenarios;
    private Button analyze;
    private Button heatMap;
    private Label status;
    private Table table;
    private Job running;
    private final List<Color> colors = new ArrayList<>();

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(4, false));
        scenarios = new Combo(parent, SWT.READ_ONLY);
        scenarios.setItems(SCENARIO_SETS);
        scenarios.select(0);
        analyze = new Button(parent, SWT.PUSH);
        analyze.setText("Analyze");
        analyze.addListener(SWT.Selection, e -> analyze());
        heatMap = new Button(parent, SWT.TOGGLE);
        heatMap.setText("Heat map");
        heatMap.setToolTipText("Colour the diagram's nodes by what losing each does to the services");
        heatMap.addListener(SWT.Selection, e -> {
            ModelEditor editor = tracker.current();
            if (editor != null) {
                editor.diagram().setHeatMap(heatMap.getSelection());
            }
        });
        status = new Label(parent, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        table.addListener(SWT.MouseHover, e -> {
            TableItem item = table.getItem(new org.eclipse.swt.graphics.Point(e.x, e.y));
            String tip = null;
            if (item != null) {
                for (int column = 0; column < table.getColumnCount(); column++) {
                    if (item.getBounds(column).contains(e.x, e.y) && item.getData("tip" + column) != null) {
                        tip = (String) item.getData("tip" + column);
                    }
                }
            }
            table.setToolTipText(tip);
        });
        table.addListener(SWT.DefaultSelection, e -> {
            if (e.item != null && e.item.getData() instanceof ScenarioResult result) {
                showInDiagram(result.scenario());
            }
        });
        tracker = new ModelEditorTracker(getSite().getPage(), editor -> editorChanged());
        editorChanged();
    }

    private void editorChanged() {
        if (status.isDisposed()) {
            return;
        }
        analyze.setEnabled(tracker.current() != null && running == null);
        heatMap.setEnabled(tracker.current() != null);
        heatMap.setSelection(tracker.current() != null && tracker.current().diagram().isHeatMap());
        say(tracker.current() == null
                ? "Open a Flotilla model to analyze it."
                : "Replays each scenario on the engine and shows what it does to every service.");
    }

    private void say(String text) {
        status.setText(text);
        status.getParent().layout();
    }

    /** Starts the analysis of a copy of the model, so the user can keep editing meanwhile. */
    void analyze() {
        ModelEditor editor = tracker.current();
        if (editor == null || running != null) {
            return;
        }
        Cluster model = EcoreUtil.copy((Cluster) editor.root());
        int set = scenarios.getSelectionIndex();
        Display display = table.getDisplay();
        analyze.setEnabled(false);
        table.removeAll();
        for (TableColumn column : table.getColumns()) {
            column.dispose();
        }
        running = new Job("Analyzing " + model.getName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                List<ScenarioResult> results;
                List<ServiceOutcome> before;
                try {
                    if (model.getNodes().isEmpty()) {
                        throw new IllegalArgumentException("the model has no nodes: add some first");
                    }
                    Simulator baseline = ModelImporter.start(model, SEED);
                    List<Scenario> chosen = scenarios(set, baseline);
                    monitor.beginTask(getName(), chosen.size());
                    ResilienceAnalysis analysis = new ResilienceAnalysis(baseline,
                            Runtime.getRuntime().availableProcessors());
                    before = analysis.baseline();
                    results = analysis.run(chosen, result -> monitor.worked(1));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Status.CANCEL_STATUS;
                } catch (RuntimeException e) {
                    display.asyncExec(() -> finished(List.of(), List.of(), "Cannot analyze: " + e.getMessage()));
                    return Status.OK_STATUS;
                } finally {
                    monitor.done();
                }
                display.asyncExec(() -> finished(before, results, null));
                return Status.OK_STATUS;
            }
        };
        running.setUser(true);
        say("Analyzing...");
        running.schedule();
    }

    static List<Scenario> scenarios(int set, Simulator baseline) {
        return switch (set) {
        case 1 -> Scenarios.labelLosses(baseline.state(), "node.labels.zone");
        case 2 -> Scenarios.managerLosses(baseline.state());
        case 3 -> Scenarios.drains(baseline.state());
        case 4 -> Scenarios.updates(baseline.state());
        default -> Scenarios.nodeLosses(baseline.state());
        };
    }

    private void finished(List<ServiceOutcome> before, List<ScenarioResult> results, String error) {
        running = null;
        if (table.isDisposed()) {
            return;
        }
        show(before, results);
        long down = results.stream().filter(r -> r.verdict() == Verdict.DOWN).count();
        long hurt = results.stream().filter(r -> r.verdict() != Verdict.WHOLE).count();
        analyze.setEnabled(tracker.current() != null);
        say(error != null
                ? error
                : results.isEmpty()
                        ? "No scenario of this kind: the model has nothing to lose there."
                        : results.size() + " scenarios: " + (results.size() - hurt) + " keep every service whole, "
                                + (hurt - down) + " degrade one, " + down + " take one down." + baseline(before));
    }

    /** A service already short before any failure: the scenarios are judged against that, and the user is told. */
    private static String baseline(List<ServiceOutcome> before) {
        List<String> shortBefore = before.stream().filter(o -> o.verdict() != Verdict.WHOLE)
                .map(o -> o.service() + " " + o.replicas()).toList();
        return shortBefore.isEmpty()
                ? ""
                : " Already short before any failure: " + String.join(", ", shortBefore)
                        + " (scenarios are judged against that).";
    }

    /**
     * The table: a first row for the swarm before any failure (what the scenarios are judged against), then a row
     * per scenario, a column per service, each cell "running/desired" in its verdict's colour.
     */
    void show(List<ServiceOutcome> before, List<ScenarioResult> results) {
        TreeSet<String> services = new TreeSet<>();
        results.forEach(r -> r.services().forEach(o -> services.add(o.service())));
        new TableColumn(table, SWT.LEFT).setText("Scenario");
        new TableColumn(table, SWT.LEFT).setText("Verdict");
        List<String> columns = new ArrayList<>(services);
        columns.forEach(service -> new TableColumn(table, SWT.CENTER).setText(service));
        if (!results.isEmpty()) {
            TableItem baseline = new TableItem(table, SWT.NONE);
            baseline.setText(0, "before any failure");
            baseline.setText(1, "baseline");
            for (ServiceOutcome outcome : before) {
                int i = columns.indexOf(outcome.service());
                if (i >= 0) {
                    cell(baseline, i + 2, outcome);
                }
            }
        }
        for (ScenarioResult result : results) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(0, result.scenario().name());
            item.setText(1, result.verdict().label() + (result.quorum() ? "" : " (quorum lost)"));
            item.setBackground(1, color(result.verdict()));
            item.setData(result);
            for (int i = 0; i < columns.size(); i++) {
                ServiceOutcome outcome = result.outcome(columns.get(i));
                if (outcome != null) {
                    cell(item, i + 2, outcome);
                }
            }
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
    }

    private void cell(TableItem item, int column, ServiceOutcome outcome) {
        item.setText(column, outcome.replicas());
        item.setBackground(column, color(outcome.verdict()));
        item.setData("tip" + column, outcome.service() + ": " + outcome.verdict().label()
                + (outcome.reason().isEmpty() ? "" : "\n" + outcome.reason()));
    }

    private Color color(Verdict verdict) {
        Color color = new Color(table.getDisplay(), VerdictColors.rgb(verdict));
        colors.add(color);
        return color;
    }

    /**
     * Replays the scenario in the editor's own simulation and shows it in the diagram's Simulated mode: the
     * same swarm the Simulation view and the console drive, started over, the failure injected, settled.
     */
    CompletableFuture<Void> showInDiagram(Scenario scenario) {
        ModelEditor editor = tracker.current();
        SimulationSession session = editor == null ? null : Adapters.adapt(editor, SimulationSession.class);
        if (session == null) {
            return CompletableFuture.completedFuture(null);
        }
        say("Replaying " + scenario.name() + " in the simulation...");
        CompletableFuture<?> replay = session.start();
        for (String hostname : scenario.hostnames()) {
            replay = scenario.kind() == Scenario.Kind.DRAIN
                    ? session.setAvailability(hostname, "drain")
                    : session.nodeDown(hostname);
        }
        if (scenario.kind() == Scenario.Kind.UPDATE) {
            replay = session.execute("docker service update --force " + scenario.service());
        }
        return replay.thenCompose(ignored -> session.runUntilSettled()).thenRun(() -> editor.getSite().getShell()
                .getDisplay().asyncExec(() -> {
                    editor.diagram().setSimulated(true);
                    say(scenario.name() + " is shown in the diagram (Simulated); restart the simulation to "
                            + "go back.");
                }));
    }

    /** For tests: the table as shown. */
    Table table() {
        return table;
    }

    Combo scenarioSets() {
        return scenarios;
    }

    Label status() {
        return status;
    }

    @Override
    public void setFocus() {
        analyze.setFocus();
    }

    @Override
    public void dispose() {
        tracker.dispose();
        if (running != null) {
            running.cancel();
        }
        colors.forEach(Color::dispose);
        super.dispose();
    }
}
