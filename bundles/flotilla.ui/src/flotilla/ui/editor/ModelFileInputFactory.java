package flotilla.ui.editor;

import java.nio.file.Path;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;

/** Recreates a {@link ModelFileInput} from the path it saved, for File &gt; Open Recent. */
public final class ModelFileInputFactory implements IElementFactory {

    @Override
    public IAdaptable createElement(IMemento memento) {
        String path = memento.getString(ModelFileInput.PATH);
        return path == null ? null : new ModelFileInput(Path.of(path));
    }
}
