package flotilla.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Saves what a shell shows on screen as a PNG in the build output, so every run can be looked at. */
public final class Screenshots {

    private Screenshots() {
    }

    /** The folder the build passes in (flotilla.screenshots), or target/screenshots of the working folder. */
    public static Path folder() {
        return Path.of(System.getProperty("flotilla.screenshots", "target/screenshots"));
    }

    /** Captures the shell's screen area into {@code name}.png and returns the file. */
    public static Path capture(Shell shell, String name) {
        Display display = shell.getDisplay();
        flushPaint(display);
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[]{image.getImageData()};
            Path file = folder().resolve(name + ".png");
            Files.createDirectories(file.getParent());
            loader.save(file.toString(), SWT.IMAGE_PNG);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /** Lets pending paints and layouts reach the screen before it is read. */
    public static void flushPaint(Display display) {
        long until = System.currentTimeMillis() + 500;
        while (System.currentTimeMillis() < until) {
            if (!display.readAndDispatch()) {
                display.update();
                sleep(20);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
