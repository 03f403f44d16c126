package flotilla.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;

/**
 * Drives the workbench as a user does: pointer and key events made by the X server itself
 * ({@code xdotool}, through the XTEST extension of the tests' Xvfb), which reach whatever window is
 * under the pointer or has the focus, as a hand on the mouse would. Nothing here calls a listener.
 * The UI thread keeps dispatching while the tool runs, so the widgets see the events as they come.
 */
public final class UserInput {

    private static final long TOOL_TIMEOUT_MILLIS = 30_000;
    /** How long no widget event must come before {@link #settle()} calls the UI quiet. */
    private static final long QUIET_MILLIS = 150;
    private static final long MAX_SETTLE_MILLIS = 2_000;
    private static final int[] WATCHED = watchedTypes();

    private final Display display;

    public UserInput(Display display) {
        this.display = display;
    }

    // ---- Mouse ---------------------------------------------------------------------------------------

    /** Moves the pointer over a point of {@code control} (control coordinates). */
    public UserInput moveTo(Control control, int x, int y) {
        Point at = control.toDisplay(x, y);
        return xdotool("mousemove", at.x, at.y);
    }

    /** Clicks the left button at a point of {@code control}. */
    public UserInput click(Control control, int x, int y) {
        Point at = control.toDisplay(x, y);
        return xdotool("mousemove", at.x, at.y, "sleep", "0.05", "click", 1);
    }

    /**
     * Turns the mouse wheel over a point of {@code control}, {@code notches} clicks down (positive) or up
     * (negative), as a user scrolls a list to a row out of view.
     */
    public UserInput wheel(Control control, int x, int y, int notches) {
        Point at = control.toDisplay(x, y);
        return xdotool("mousemove", at.x, at.y, "sleep", "0.05", "click", "--repeat", Math.abs(notches), "--delay",
                "30", notches > 0 ? 5 : 4);
    }

    /** Clicks the middle of {@code control}. */
    public UserInput click(Control control) {
        Rectangle size = control.getBounds();
        return click(control, size.width / 2, size.height / 2);
    }

    /** Clicks the middle of a rectangle given in {@code control}'s coordinates. */
    public UserInput click(Control control, Rectangle area) {
        return click(control, area.x + area.width / 2, area.y + area.height / 2);
    }

    /**
     * Presses at a point of {@code from}, moves to a point of {@code to} in small steps (drag and drop
     * starts only after several motions) and releases there.
     */
    public UserInput drag(Control from, Point start, Control to, Point end) {
        Point a = from.toDisplay(start.x, start.y);
        Point b = to.toDisplay(end.x, end.y);
        List<Object> args = new ArrayList<>(List.of("mousemove", a.x, a.y, "sleep", "0.1", "mousedown", 1));
        int steps = 12;
        for (int i = 1; i <= steps; i++) {
            args.addAll(List.of("sleep", "0.04", "mousemove", a.x + (b.x - a.x) * i / steps,
                    a.y + (b.y - a.y) * i / steps));
        }
        args.addAll(List.of("sleep", "0.2", "mousemove", b.x, b.y, "sleep", "0.2", "mouseup", 1));
        return xdotool(args.toArray());
    }

    /** The xdotool arguments of a click in the middle of {@code control}, for {@link #whenDialogOpens(String, Function)}. */
    public static List<Object> clickArgs(Control control) {
        Rectangle size = control.getBounds();
        Point at = control.toDisplay(size.width / 2, size.height / 2);
        return List.of("mousemove", at.x, at.y, "sleep", "0.1", "click", 1, "sleep", "0.3");
    }

    // ---- Keyboard ------------------------------------------------------------------------------------

    /** Types text into whatever has the keyboard focus, one key press per character. */
    public UserInput type(String text) {
        return xdotool("type", "--delay", "25", text);
    }

    /** Presses keys by their X names, with modifiers: {@code Return}, {@code Tab}, {@code ctrl+z}, {@code Home}. */
    public UserInput key(String... keys) {
        List<Object> args = new ArrayList<>(List.of("key", "--delay", "40"));
        args.addAll(List.of(keys));
        return xdotool(args.toArray());
    }

    /**
     * Answers the next modal dialog whose title starts with {@code title} by pressing {@code key} in it once
     * it shows. Returns at once: the gesture that opens the dialog then waits in the dialog's own loop.
     */
    public UserInput whenDialogOpens(String title, String key) {
        return whenDialogOpens(title, dialog -> new Object[]{"key", key});
    }

    /**
     * Like {@link #whenDialogOpens(String, String)}, with the xdotool arguments worked out from the open
     * dialog (where its buttons are), e.g. a click on a button and then Escape.
     */
    public UserInput whenDialogOpens(String title, Function<Shell, Object[]> gestures) {
        long until = System.currentTimeMillis() + TOOL_TIMEOUT_MILLIS;
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            Shell active = display.getActiveShell();
            if (active != null && active.getText().startsWith(title)) {
                start(gestures.apply(active)); // not waited for here: the dialog's loop dispatches what it does
            } else if (System.currentTimeMillis() < until) {
                display.timerExec(50, poll[0]);
            }
        };
        display.timerExec(50, poll[0]);
        return this;
    }

    // ---- Waiting -------------------------------------------------------------------------------------

    /**
     * Lets the UI thread handle what happened: until nothing is ready to dispatch and no widget event came
     * for {@value #QUIET_MILLIS} ms, or at most {@value #MAX_SETTLE_MILLIS} ms. Paints and hover events do
     * not count: they come from timers and animations (the frame clock, a scroll bar fading out) that may
     * never fall quiet, and they change nothing a test reads. Everything else a gesture causes does: key,
     * mouse, focus, selection, modify, show, drag and drop events, and the asyncExecs they post (an empty
     * queue is part of nothing being ready).
     */
    public UserInput settle() {
        long start = System.currentTimeMillis();
        long until = start + MAX_SETTLE_MILLIS;
        long[] lastEvent = {start};
        Listener seen = event -> lastEvent[0] = System.currentTimeMillis();
        for (int type : WATCHED) {
            display.addFilter(type, seen);
        }
        try {
            while (System.currentTimeMillis() < until) {
                if (!display.readAndDispatch()) {
                    if (System.currentTimeMillis() - lastEvent[0] >= QUIET_MILLIS) {
                        break;
                    }
                    pause(5);
                }
            }
        } finally {
            for (int type : WATCHED) {
                display.removeFilter(type, seen);
            }
        }
        return this;
    }

    /**
     * Every widget and drag-and-drop event type but the timer-driven ones ({@code Paint}, {@code MouseHover},
     * {@code Settings}); the types after {@code Segments} are the loop's own (PreEvent, Sleep, ...).
     */
    private static int[] watchedTypes() {
        List<Integer> types = new ArrayList<>();
        for (int type = SWT.KeyDown; type <= SWT.Segments; type++) {
            if (type != SWT.Paint && type != SWT.MouseHover && type != SWT.Settings) {
                types.add(type);
            }
        }
        for (int type = DND.DragEnd; type <= DND.DragStart; type++) {
            types.add(type);
        }
        return types.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Dispatches events until {@code condition} holds; fails with {@code message} after {@code millis}. */
    public UserInput waitUntil(BooleanSupplier condition, long millis, String message) {
        long until = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > until) {
                fail(message);
            }
            if (!display.readAndDispatch()) {
                pause(10);
            }
        }
        return this;
    }

    /** Runs xdotool with these arguments, dispatching UI events until it is done, then lets the UI settle. */
    private UserInput xdotool(Object... args) {
        Process process = start(args);
        long until = System.currentTimeMillis() + TOOL_TIMEOUT_MILLIS;
        while (process.isAlive()) {
            if (System.currentTimeMillis() > until) {
                process.destroyForcibly();
                fail("xdotool did not finish: " + List.of(args));
            }
            if (!display.readAndDispatch()) {
                pause(5);
            }
        }
        assertEquals(0, process.exitValue(), "xdotool failed: " + List.of(args));
        return settle();
    }

    private static Process start(Object... args) {
        List<String> command = new ArrayList<>(List.of("xdotool"));
        for (Object arg : args) {
            command.add(String.valueOf(arg));
        }
        try {
            return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            throw new AssertionError("xdotool is needed for the UI tests (releng/prerequisites.sh test installs it)",
                    e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
