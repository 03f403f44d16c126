package flotilla.ui.diagram;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

import flotilla.model.ModelFactory;
import flotilla.ui.emf.ItemProviderLabelProvider;

/**
 * The tools beside the canvas: Select and Connect (the mode a drag on the canvas has), then Node,
 * Service and Network, which create one where the next click on the canvas lands, or where they are
 * released when dragged onto the canvas.
 */
final class DiagramPalette {

    /** What a palette drag carries: this prefix and the {@link DiagramCommands.Kind} name. */
    static final String DRAG_PREFIX = "flotilla-palette:";

    private final ToolBar bar;
    private final ItemProviderLabelProvider icons;
    private final ToolItem select;
    private final ToolItem connect;
    /** The creating item a press started on, until the release. */
    private DiagramCommands.Kind pressed;

    DiagramPalette(Composite parent, AdapterFactory adapterFactory, Consumer<Boolean> connectMode,
            Consumer<DiagramCommands.Kind> create, BiConsumer<DiagramCommands.Kind, Point> drop) {
        bar = new ToolBar(parent, SWT.VERTICAL | SWT.FLAT | SWT.RIGHT);
        icons = new ItemProviderLabelProvider(adapterFactory);
        select = new ToolItem(bar, SWT.RADIO);
        select.setText("Select");
        select.setToolTipText("Select and move shapes; drop a service onto a node to pin it there");
        select.setSelection(true);
        select.addListener(SWT.Selection, event -> connectMode.accept(!select.getSelection()));
        connect = new ToolItem(bar, SWT.RADIO);
        connect.setText("Connect");
        connect.setToolTipText("Drag from a service to a network to attach it, or to a node to pin it");
        new ToolItem(bar, SWT.SEPARATOR);
        for (DiagramCommands.Kind kind : DiagramCommands.Kind.values()) {
            ToolItem item = new ToolItem(bar, SWT.PUSH);
            item.setText(kind.title);
            item.setData(kind);
            item.setImage(icons.getImage(switch (kind) {
            case NODE -> ModelFactory.eINSTANCE.createNode();
            case SERVICE -> ModelFactory.eINSTANCE.createService();
            case NETWORK -> ModelFactory.eINSTANCE.createNetwork();
            }));
            item.setToolTipText("Click, then click in the diagram where the new " + kind.title.toLowerCase()
                    + " goes; or drag it onto the diagram");
            item.addListener(SWT.Selection, event -> create.accept(kind));
        }
        // A drag to the canvas is a press on an item and a release outside it, followed by the bar itself:
        // the toolkit's drag and drop never started from a tool item under real pointer events.
        bar.addListener(SWT.MouseDown, event -> pressed = event.button == 1 ? kindAt(event.x, event.y) : null);
        bar.addListener(SWT.MouseUp, event -> {
            DiagramCommands.Kind kind = pressed;
            pressed = null;
            ToolItem under = bar.getItem(new Point(event.x, event.y));
            if (kind != null && event.button == 1 && under == null) {
                drop.accept(kind, bar.toDisplay(event.x, event.y));
            }
        });
        bar.addListener(SWT.Dispose, event -> icons.dispose());
    }

    private DiagramCommands.Kind kindAt(int x, int y) {
        ToolItem item = bar.getItem(new Point(x, y));
        return item != null && item.getData() instanceof DiagramCommands.Kind kind ? kind : null;
    }

    /** The kind a palette drag carries, or null for other text. */
    static DiagramCommands.Kind kindOf(Object data) {
        if (data instanceof String text && text.startsWith(DRAG_PREFIX)) {
            try {
                return DiagramCommands.Kind.valueOf(text.substring(DRAG_PREFIX.length()));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }

    ToolBar control() {
        return bar;
    }

    /** The palette item that creates {@code kind}, for tests and keyboard users. */
    ToolItem item(DiagramCommands.Kind kind) {
        for (ToolItem item : bar.getItems()) {
            if (item.getData() == kind) {
                return item;
            }
        }
        return null;
    }

    /** Switches between Select and Connect as the radio items would. */
    void setConnectMode(boolean on) {
        select.setSelection(!on);
        connect.setSelection(on);
    }

    ToolItem connectItem() {
        return connect;
    }
}
