package flotilla.ui.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

import flotilla.docker.Interpreter;
import flotilla.docker.command.Completion;
import flotilla.engine.model.ObservedSnapshot;
import flotilla.engine.model.ObservedSnapshot.NodeRecord;
import flotilla.model.Network;
import flotilla.model.Node;
import flotilla.observed.Task;
import flotilla.ui.editor.ModelEditor;

/**
 * A console on the active model editor's simulated swarm: the same commands as {@code flotilla sim}
 * (docker, {@code @NODE docker}, {@code sim}, {@code echo}), run on the session's engine thread, with their
 * output below (errors in red). Up and Down recall earlier lines; Tab completes commands and the swarm's
 * node, service and network names. The first command starts the simulation if it is not running yet.
 */
public final class ConsoleView extends ViewPart {

    public static final String ID = "flotilla.ui.views.console";
    static final String PROMPT = "flotilla> ";
    static final String CHANGED_NOTICE = "# the model changed since this simulation started: Restart in the Simulation view to simulate the edits";
    /** Tab completes from the same command trees the console's interpreter runs. */
    private static final Completion COMPLETION = Interpreter.completion();

    private ModelEditorTracker tracker;
    private SimulationSession session;
    private final java.util.function.Consumer<SimulationSession.RequestPath> pathListener = this::showPath;
    private final Runnable modelChangedListener = this::modelChanged;

    private Composite contents;
    private StyledText output;
    private Text input;
    private Color errorColor;
    private Color noteColor;
    private final List<String> history = new ArrayList<>();
    private final java.util.Map<SimulationSession, Transcript> transcripts = new java.util.HashMap<>();
    private int historyIndex;

    @Override
    public void createPartControl(Composite parent) {
        contents = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        contents.setLayout(layout);
        Display display = parent.getDisplay();
        errorColor = new Color(display, 0xC0, 0x10, 0x10);
        noteColor = new Color(display, 0x70, 0x70, 0x70);

        output = new StyledText(contents, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
        output.setFont(JFaceResources.getTextFont());
        output.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        output.setAlwaysShowScrollBars(false);
        // docker's wide tables and long lines go past the right edge: a classic scroll bar that is there whenever
        // a line is wider than the view, not GTK's overlay bar, which shows only once the pointer rests on the
        // bottom edge, so the user saw lines cut off and no way to their end.
        output.setScrollbarsMode(SWT.NONE);

        Label prompt = new Label(contents, SWT.NONE);
        prompt.setFont(JFaceResources.getTextFont());
        prompt.setText(PROMPT.trim());
        input = new Text(contents, SWT.SINGLE | SWT.BORDER);
        input.setFont(JFaceResources.getTextFont());
        input.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        input.setMessage("docker service ps frontier, sim crash worker1, sim curl worker1:80 ... (Tab completes)");
        input.addListener(SWT.DefaultSelection, e -> submit());
        input.addListener(SWT.KeyDown, e -> {
            switch (e.keyCode) {
            case SWT.ARROW_UP -> {
                recall(-1);
                e.doit = false;
            }
            case SWT.ARROW_DOWN -> {
                recall(+1);
                e.doit = false;
            }
            case SWT.TAB -> {
                complete();
                e.doit = false;
            }
            default -> {
            }
            }
        });
        // Tab completes here rather than moving the focus.
        input.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                e.doit = false;
            }
        });

        tracker = new ModelEditorTracker(getSite().getPage(), this::bind);
        bind(tracker.current());
    }

    /**
     * Follows the active model: each model keeps its own transcript, shown again when its editor comes
     * back to the front, so one model's commands never mix with another's.
     */
    private void bind(ModelEditor editor) {
        if (contents.isDisposed()) {
            return;
        }
        SimulationSession next = editor == null ? null : Adapters.adapt(editor, SimulationSession.class);
        if (next == session) {
            return;
        }
        if (session != null) {
            session.removeRequestPathListener(pathListener);
            session.removeModelChangedListener(modelChangedListener);
            transcripts.put(session, new Transcript(output.getText(), output.getStyleRanges()));
        }
        transcripts.keySet().removeIf(SimulationSession::isDisposed);
        session = next;
        Transcript kept = session == null ? null : transcripts.get(session);
        output.setText(kept == null ? "" : kept.text());
        if (kept != null) {
            output.setStyleRanges(kept.styles());
            output.setTopIndex(output.getLineCount() - 1);
        }
        if (session != null) {
            session.addRequestPathListener(pathListener);
            session.addModelChangedListener(modelChangedListener);
            if (kept == null) {
                note("# " + editor.getPartName());
            }
        }
    }

    /** What the console showed for one model: its text and colours. */
    private record Transcript(String text, StyleRange[] styles) {
    }

    /** The session commands go to, or null when no model editor is open. */
    public SimulationSession session() {
        return session;
    }

    /** The console's input line, where commands are typed. */
    Text input() {
        return input;
    }

    StyledText output() {
        return output;
    }

    // ---- running lines

    private void submit() {
        String line = input.getText();
        input.setText("");
        if (line.isBlank()) {
            return;
        }
        if (history.isEmpty() || !history.get(history.size() - 1).equals(line)) {
            history.add(line);
        }
        historyIndex = history.size();
        append(PROMPT + line + "\n", null, SWT.BOLD);
        if (session == null || session.isDisposed()) {
            append("Open a model first: commands run against its simulated swarm.\n", errorColor, SWT.NORMAL);
            return;
        }
        if (!session.isStarted()) {
            note("# starting a simulated swarm from the model");
            session.start();
        }
        CompletableFuture<SimulationSession.CommandResult> result = session.execute(line);
        result.whenComplete((done, failure) -> {
            if (output.isDisposed()) {
                return;
            }
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
                append(cause.getMessage() + "\n", errorColor, SWT.NORMAL);
                return;
            }
            append(done.out(), null, SWT.NORMAL);
            append(done.err(), errorColor, SWT.NORMAL);
        });
    }

    /**
     * Said as soon as the model is edited while its simulation runs (once until the next start, not per
     * keystroke), so the user knows the commands still run the swarm as it was started.
     */
    private void modelChanged() {
        if (!output.isDisposed()) {
            note(CHANGED_NOTICE);
        }
    }

    /** A routing-mesh answer: the path it took, for the reader (the diagram highlights the same). */
    private void showPath(SimulationSession.RequestPath path) {
        if (output.isDisposed() || !path.answered()) {
            return;
        }
        List<String> steps = new ArrayList<>();
        for (Object element : path.path()) {
            if (element instanceof Node node) {
                steps.add(node.getHostname());
            } else if (element instanceof Network network) {
                steps.add(network.getName());
            } else if (element instanceof Task task) {
                steps.add((task.getService() == null ? "?" : task.getService().getName()) + "." + task.getSlot());
            }
        }
        // After the output of the command that made the request, which is appended once the state is shown.
        output.getDisplay().asyncExec(() -> {
            if (!output.isDisposed()) {
                note("# path: " + String.join(" \u2192 ", steps));
            }
        });
    }

    private void note(String text) {
        append(text + "\n", noteColor, SWT.ITALIC);
    }

    private void append(String text, Color color, int fontStyle) {
        if (text.isEmpty()) {
            return;
        }
        int start = output.getCharCount();
        output.append(text);
        if (color != null || fontStyle != SWT.NORMAL) {
            output.setStyleRange(new StyleRange(start, text.length(), color, null, fontStyle));
        }
        output.setTopIndex(output.getLineCount() - 1);
    }

    // ---- history and completion

    private void recall(int direction) {
        if (history.isEmpty()) {
            return;
        }
        historyIndex = Math.max(0, Math.min(history.size(), historyIndex + direction));
        input.setText(historyIndex == history.size() ? "" : history.get(historyIndex));
        input.setSelection(input.getText().length());
    }

    private void complete() {
        ObservedSnapshot snapshot = session == null ? null : session.snapshot();
        Completion.Names names = snapshot == null
                ? new Completion.Names(List.of(), List.of(), List.of())
                : new Completion.Names(snapshot.nodes().stream().map(NodeRecord::hostname).toList(),
                        snapshot.services(), snapshot.networks());
        Completion.Result result = COMPLETION.complete(input.getText(), names);
        input.setText(result.line());
        input.setSelection(result.line().length());
        if (!result.candidates().isEmpty()) {
            note(String.join("  ", result.candidates()));
        }
    }

    @Override
    public void setFocus() {
        input.setFocus();
    }

    @Override
    public void dispose() {
        if (session != null) {
            session.removeRequestPathListener(pathListener);
            session.removeModelChangedListener(modelChangedListener);
        }
        if (tracker != null) {
            tracker.dispose();
        }
        if (errorColor != null) {
            errorColor.dispose();
            noteColor.dispose();
        }
        super.dispose();
    }
}
