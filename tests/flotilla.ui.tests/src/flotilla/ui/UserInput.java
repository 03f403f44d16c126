package flotilla.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/**
 * Drives the workbench as a user does: real mouse and keyboard events posted to the display server
 * ({@link Display#post}, XTest under X11), which reach whatever widget is under the pointer or has the
 * focus, exactly as a hand on the mouse would. Nothing here calls a listener directly.
 */
public final class UserInput {

    /** Characters a US keyboard types with Shift held. */
    private static final String SHIFTED = "~!@#$%^&*()_+{}|:\"<>?";

    private final Display display;

    public UserInput(Display display) {
        this.display = display;
    }

    // ---- Mouse ---------------------------------------------------------------------------------------

    /** Moves the pointer over a point of {@code control} (control coordinates). */
    public UserInput moveTo(Control control, int x, int y) {
        Point at = control.toDisplay(x, y);
        return moveTo(at.x, at.y);
    }

    /** Moves the pointer to a display point. */
    public UserInput moveTo(int displayX, int displayY) {
        Event move = new Event();
        move.type = SWT.MouseMove;
        move.x = displayX;
        move.y = displayY;
        post(move);
        return settle();
    }

    /** Clicks the left button at a point of {@code control}. */
    public UserInput click(Control control, int x, int y) {
        moveTo(control, x, y);
        button(SWT.MouseDown, 1);
        button(SWT.MouseUp, 1);
        return settle();
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

    public UserInput doubleClick(Control control, int x, int y) {
        moveTo(control, x, y);
        for (int i = 0; i < 2; i++) {
            button(SWT.MouseDown, 1);
            button(SWT.MouseUp, 1);
        }
        return settle();
    }

    /**
     * Presses at a point of {@code from}, moves there in small steps (drag and drop needs several motions
     * before it starts) and releases over a point of {@code to}.
     */
    public UserInput drag(Control from, Point start, Control to, Point end) {
        Point a = from.toDisplay(start.x, start.y);
        Point b = to.toDisplay(end.x, end.y);
        moveTo(a.x, a.y);
        button(SWT.MouseDown, 1);
        int steps = 12;
        for (int i = 1; i <= steps; i++) {
            moveTo(a.x + (b.x - a.x) * i / steps, a.y + (b.y - a.y) * i / steps);
            pause(30);
        }
        moveTo(b.x, b.y);
        pause(100);
        button(SWT.MouseUp, 1);
        return settle();
    }

    private void button(int type, int button) {
        Event event = new Event();
        event.type = type;
        event.button = button;
        post(event);
        pause(10);
        dispatch();
    }

    // ---- Keyboard ------------------------------------------------------------------------------------

    /** Types text into whatever has the keyboard focus, one key press per character. */
    public UserInput type(String text) {
        for (char c : text.toCharArray()) {
            boolean shift = Character.isUpperCase(c) || SHIFTED.indexOf(c) >= 0;
            if (shift) {
                keyCode(SWT.KeyDown, SWT.SHIFT);
            }
            character(SWT.KeyDown, Character.toLowerCase(c));
            character(SWT.KeyUp, Character.toLowerCase(c));
            if (shift) {
                keyCode(SWT.KeyUp, SWT.SHIFT);
            }
        }
        return settle();
    }

    /** Presses and releases one key: {@code SWT.CR}, {@code SWT.TAB}, {@code SWT.ESC}, {@code SWT.DEL} or a character. */
    public UserInput press(char key) {
        character(SWT.KeyDown, key);
        character(SWT.KeyUp, key);
        return settle();
    }

    /** Presses a key code (arrows, function keys) without modifiers. */
    public UserInput pressCode(int keyCode) {
        keyCode(SWT.KeyDown, keyCode);
        keyCode(SWT.KeyUp, keyCode);
        return settle();
    }

    /** Presses a character with modifiers held, e.g. {@code chord(SWT.CTRL, 'z')} or {@code chord(SWT.CTRL | SWT.SHIFT, 'z')}. */
    public UserInput chord(int modifiers, char key) {
        int[] held = { SWT.CTRL, SWT.SHIFT, SWT.ALT };
        for (int modifier : held) {
            if ((modifiers & modifier) != 0) {
                keyCode(SWT.KeyDown, modifier);
            }
        }
        character(SWT.KeyDown, key);
        character(SWT.KeyUp, key);
        for (int i = held.length - 1; i >= 0; i--) {
            if ((modifiers & held[i]) != 0) {
                keyCode(SWT.KeyUp, held[i]);
            }
        }
        return settle();
    }

    private void character(int type, char c) {
        Event event = new Event();
        event.type = type;
        event.character = c;
        post(event);
        pause(5);
        dispatch();
    }

    private void keyCode(int type, int code) {
        Event event = new Event();
        event.type = type;
        event.keyCode = code;
        post(event);
        pause(5);
        dispatch();
    }

    /**
     * Answers the next modal dialog whose title starts with {@code title} by pressing {@code key} in it, once
     * it shows; returns at once, since the gesture that opens the dialog blocks in the dialog's own loop.
     */
    public UserInput whenDialogOpens(String title, char key) {
        long until = System.currentTimeMillis() + 10_000;
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            Shell active = display.getActiveShell();
            if (active != null && active.getText().startsWith(title)) {
                press(key);
            } else if (System.currentTimeMillis() < until) {
                display.timerExec(50, poll[0]);
            }
        };
        display.timerExec(50, poll[0]);
        return this;
    }

    // ---- Waiting -------------------------------------------------------------------------------------

    /** Brings {@code shell} to the front with the keyboard focus, as clicking its title would. */
    public UserInput activate(Shell shell) {
        shell.forceActive();
        return waitUntil(() -> display.getActiveShell() == shell, 5_000, "the shell did not become active");
    }

    /**
     * Lets the display server deliver what was posted and the UI thread handle it: until nothing happened
     * for 150 ms, or at most 2 s (timers of hovers and animations may never fall quiet).
     */
    public UserInput settle() {
        long quietSince = System.currentTimeMillis();
        long until = quietSince + 2_000;
        while (System.currentTimeMillis() - quietSince < 150 && System.currentTimeMillis() < until) {
            if (display.readAndDispatch()) {
                quietSince = System.currentTimeMillis();
            } else {
                pause(10);
            }
        }
        return this;
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

    private void post(Event event) {
        assertTrue(display.post(event), "the display server refused a synthetic event (is this X11 with XTest?)");
    }

    private void dispatch() {
        while (display.readAndDispatch()) {
            // drain
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
