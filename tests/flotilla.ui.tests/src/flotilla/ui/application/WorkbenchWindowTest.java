package flotilla.ui.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import flotilla.ui.Screenshots;
import flotilla.ui.views.StartView;

/** The real workbench window the product opens, driven through its widgets. */
class WorkbenchWindowTest {

    private IWorkbenchWindow window;
    private Shell shell;

    @BeforeEach
    void activeWindow() {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "the workbench opened no window");
        shell = window.getShell();
        shell.forceActive();
        Screenshots.flushPaint(shell.getDisplay());
    }

    @Test
    void opensInTheFlotillaPerspective() {
        IWorkbenchPage page = window.getActivePage();
        assertEquals(FlotillaPerspective.ID, page.getPerspective().getId());
        assertEquals("Flotilla", page.getPerspective().getLabel());
        assertTrue(shell.getText().startsWith("Flotilla"), shell.getText());
    }

    /**
     * The product's launcher makes the display before the workbench does (EarlyDisplay), with the product's name
     * written again there: GTK takes it as the window's class when the display is made, and the two must agree.
     */
    @Test
    void theDisplayCarriesTheProductsName() {
        String productName = Platform.getProduct().getProperty("appName");
        assertEquals(productName, EarlyDisplay.APP_NAME);
        assertEquals(productName, Display.getAppName());
    }

    @Test
    void showsTheStartViewOutlineAndProperties() throws Exception {
        IWorkbenchPage page = window.getActivePage();
        List<String> shown = Arrays.stream(page.getViewReferences()).map(ref -> ref.getId()).toList();
        assertTrue(shown.containsAll(List.of(StartView.ID, IPageLayout.ID_OUTLINE, IPageLayout.ID_PROP_SHEET)),
                shown.toString());

        IViewPart start = page.showView(StartView.ID);
        List<String> texts = texts(((StartView) start).getSite().getShell());
        assertTrue(texts.contains("Welcome to Flotilla"), texts.toString());
        assertTrue(texts.stream().anyMatch(text -> text.contains("<a>Create a model</a>")), texts.toString());
    }

    @Test
    void menuBarHasFileEditWindowHelp() {
        assertEquals(List.of("File", "Edit", "Window", "Help"), itemTexts(shell.getMenuBar()));
        assertTrue(itemTexts(submenu("Edit")).containsAll(List.of("Undo", "Redo", "Cut", "Copy", "Paste", "Delete")),
                itemTexts(submenu("Edit")).toString());
        assertTrue(itemTexts(submenu("File")).contains("Exit"), itemTexts(submenu("File")).toString());
    }

    @Test
    void fileNewOffersAFlotillaModelDirectlyAndFileHasOpenRecent() {
        List<String> file = itemTexts(submenu("File"));
        assertTrue(file.containsAll(List.of("New", "Open Recent")), file.toString());
        Menu newMenu = Arrays.stream(submenu("File").getItems())
                .filter(item -> item.getText().replace("&", "").split("\t")[0].equals("New")).findFirst()
                .orElseThrow().getMenu();
        assertTrue(itemTexts(newMenu).contains("Flotilla Model"), itemTexts(newMenu).toString());
    }

    @Test
    void helpAboutShowsTheVersion() {
        Display display = shell.getDisplay();
        AtomicReference<String> aboutTitle = new AtomicReference<>();
        AtomicReference<List<String>> aboutTexts = new AtomicReference<>();
        // The dialog is modal: inspect and close it from inside its own event loop.
        display.asyncExec(() -> {
            Shell about = display.getActiveShell();
            aboutTitle.set(about.getText());
            aboutTexts.set(texts(about));
            Screenshots.capture(about, "about-dialog");
            about.close();
        });
        MenuItem aboutItem = Arrays.stream(submenu("Help").getItems())
                .filter(item -> item.getText().replace("&", "").equals("About Flotilla")).findFirst().orElseThrow();
        aboutItem.notifyListeners(SWT.Selection, new Event());

        assertEquals("About Flotilla", aboutTitle.get());
        assertTrue(aboutTexts.get().stream().anyMatch(text -> text.startsWith(AboutDialog.versionText())),
                aboutTexts.get().toString());
        assertTrue(AboutDialog.versionText().startsWith("Flotilla 0.1.0"), AboutDialog.versionText());
    }

    @Test
    void screenshotOfTheWindowIsSaved() throws Exception {
        Path file = Screenshots.capture(shell, "workbench");
        ImageData image = new ImageLoader().load(file.toString())[0];
        assertEquals(shell.getBounds().width, image.width);
        assertEquals(shell.getBounds().height, image.height);
    }

    /**
     * Pins the case where the window showed unpainted black panes (once, when the e4 CSS theme it asked for did not
     * load: Batik or the theme id missing; it now asks for none). GTK's light theme is light almost everywhere.
     */
    @Test
    void windowPanesArePainted() {
        Path file = Screenshots.capture(shell, "workbench-theme");
        ImageData image = new ImageLoader().load(file.toString())[0];
        int samples = 0;
        int black = 0;
        for (int y = 0; y < image.height; y += 5) {
            for (int x = 0; x < image.width; x += 5) {
                RGB rgb = image.palette.getRGB(image.getPixel(x, y));
                samples++;
                if (rgb.red + rgb.green + rgb.blue < 60) {
                    black++;
                }
            }
        }
        assertTrue(black * 20 < samples, black + " of " + samples + " sampled pixels are black");
    }

    /**
     * SWT rasterizes SVG icons through a service of its own fragment (org.eclipse.swt.svg), found without SPI Fly,
     * which the product does not start (it broke once when SPI Fly wove it with an ASM too old for the JDK).
     */
    @Test
    void svgImagesAreRasterized() {
        String svg = "<svg xmlns='http://www.w3.org/2000/svg' width='16' height='16'>"
                + "<rect width='16' height='16' fill='#1d63ed'/></svg>";
        Image image = new Image(shell.getDisplay(),
                new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        try {
            ImageData data = image.getImageData();
            assertEquals(16, data.width);
            assertEquals(new RGB(0x1d, 0x63, 0xed), data.palette.getRGB(data.getPixel(8, 8)));
        } finally {
            image.dispose();
        }
    }

    /** The SVG the warm-up thread rasterises goes through the whole path, gradients included, without an error. */
    @Test
    void theWarmUpSvgIsDrawn() {
        ImageData data = new ImageLoader().load(new ByteArrayInputStream(SvgWarmUp.SVG))[0];
        assertEquals(16, data.width);
        // Below its end the linked gradient pads with its first stop's colour.
        assertEquals(new RGB(0x71, 0xba, 0xff), data.palette.getRGB(data.getPixel(8, 10)));
        assertEquals(255, data.getAlpha(8, 10));
    }

    private Menu submenu(String label) {
        return Arrays.stream(shell.getMenuBar().getItems())
                .filter(item -> item.getText().replace("&", "").equals(label)).findFirst().orElseThrow().getMenu();
    }

    /** A menu's item labels without mnemonics and accelerators, after the menu has been filled. */
    private static List<String> itemTexts(Menu menu) {
        menu.notifyListeners(SWT.Show, new Event());
        List<String> texts = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            if ((item.getStyle() & SWT.SEPARATOR) == 0) {
                texts.add(item.getText().replace("&", "").split("\t")[0]);
            }
        }
        menu.notifyListeners(SWT.Hide, new Event());
        return texts;
    }

    /** Every label's and link's text under a composite. */
    private static List<String> texts(Composite root) {
        List<String> texts = new ArrayList<>();
        for (Control child : root.getChildren()) {
            if (child instanceof Label label) {
                texts.add(label.getText());
            } else if (child instanceof Link link) {
                texts.add(link.getText());
            } else if (child instanceof Composite composite) {
                texts.addAll(texts(composite));
            }
        }
        return texts;
    }
}
