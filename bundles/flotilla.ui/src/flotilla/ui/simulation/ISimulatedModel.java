package flotilla.ui.simulation;

import java.nio.file.Path;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.widgets.Display;

import flotilla.model.Cluster;

/**
 * What a {@link SimulationSession} needs of the model it runs, and no more: the model itself, the
 * command stack its edits go through (the session notices them), the folder relative paths in console
 * commands resolve against, and the display whose thread owns the model. A model editor is adapted to it
 * by {@link SimulationAdapterFactory}; tests may give their own.
 */
public interface ISimulatedModel {

    /** The model as it is now; asked again after each edit, since a revert replaces the root. */
    Cluster root();

    CommandStack commandStack();

    /** Where {@code docker stack deploy -c FILE} and the like look for relative files: the model file's folder. */
    Path baseFolder();

    /** The display whose UI thread owns the model and receives the observed state. */
    Display display();

    /** A short name for the session's thread and progress reports, such as the model file's name. */
    String name();
}
