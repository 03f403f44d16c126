package flotilla.ui.simulation;

import java.nio.file.Path;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;

import flotilla.model.Cluster;
import flotilla.ui.editor.ModelEditor;
import flotilla.ui.editor.ModelFileInput;
import flotilla.ui.observed.IObservedStateProvider;

/**
 * Adapts a model editor to its {@link SimulationSession} (also as an {@link IObservedStateProvider}), so
 * the editor and the diagram never name the simulation. Registered in {@code plugin.xml} on
 * {@code org.eclipse.core.runtime.adapters}. Each editor has one session, created (not started) the
 * first time it is asked for, so a view can listen before a simulation starts; the session ends when
 * the editor closes.
 */
public final class SimulationAdapterFactory implements IAdapterFactory {

    private static final Map<ModelEditor, SimulationSession> SESSIONS = new WeakHashMap<>();

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        if (adaptable instanceof ModelEditor editor && editor.getSite() != null
                && (adapterType == SimulationSession.class || adapterType == IObservedStateProvider.class)) {
            return adapterType.cast(sessionOf(editor));
        }
        return null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[]{SimulationSession.class, IObservedStateProvider.class};
    }

    private static synchronized SimulationSession sessionOf(ModelEditor editor) {
        return SESSIONS.computeIfAbsent(editor, SimulationAdapterFactory::open);
    }

    private static SimulationSession open(ModelEditor editor) {
        SimulationSession session = new SimulationSession(new EditedModel(editor));
        editor.getSite().getPage().addPartListener(new IPartListener2() {
            @Override
            public void partClosed(IWorkbenchPartReference ref) {
                if (ref.getPart(false) == editor) {
                    ref.getPage().removePartListener(this);
                    synchronized (SimulationAdapterFactory.class) {
                        SESSIONS.remove(editor);
                    }
                    session.dispose();
                }
            }
        });
        return session;
    }

    /** A model editor seen as the session sees it. */
    private record EditedModel(ModelEditor editor) implements ISimulatedModel {

        @Override
        public Cluster root() {
            return (Cluster) editor.root();
        }

        @Override
        public CommandStack commandStack() {
            return editor.getEditingDomain().getCommandStack();
        }

        @Override
        public Path baseFolder() {
            if (editor.getEditorInput() instanceof ModelFileInput file
                    && file.file().toAbsolutePath().getParent() != null) {
                return file.file().toAbsolutePath().getParent();
            }
            return Path.of("").toAbsolutePath();
        }

        @Override
        public Display display() {
            return editor.getSite().getShell().getDisplay();
        }

        @Override
        public String name() {
            return editor.getPartName();
        }
    }
}
