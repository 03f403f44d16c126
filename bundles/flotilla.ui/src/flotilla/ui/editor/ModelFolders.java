package flotilla.ui.editor;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.io.IOException;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * Where a new model file goes, and where File &gt; Open Model starts: the folder of the model the user opened
 * or created last, else the workspace, never the home folder by default.
 */
public final class ModelFolders {

    private static final String LAST_FOLDER = "lastModelFolder";

    private ModelFolders() {
    }

    /** Remembers the folder of a model just opened, for the next new file and the next Open dialog. */
    static void remember(Path model) {
        Path folder = model.toAbsolutePath().getParent();
        if (folder == null) {
            return;
        }
        ScopedPreferenceStore preferences = preferences();
        preferences.setValue(LAST_FOLDER, folder.toString());
        try {
            preferences.save();
        } catch (IOException e) {
            // kept for this session: a folder default is not worth an error
        }
    }

    /** The folder for a new model or the Open dialog: the last one used if it still exists, else the workspace. */
    public static Path lastUsed() {
        String last = preferences().getString(LAST_FOLDER);
        if (!last.isEmpty() && Files.isDirectory(Path.of(last))) {
            return Path.of(last);
        }
        var workspace = Platform.getInstanceLocation();
        try {
            if (workspace != null && workspace.getURL() != null) {
                return Path.of(workspace.getURL().toURI());
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            // a workspace that is no local folder: fall through to the home folder
        }
        return Path.of(System.getProperty("user.home"));
    }

    private static ScopedPreferenceStore preferences() {
        return new ScopedPreferenceStore(InstanceScope.INSTANCE, "flotilla.ui");
    }

    /** {@code name.flotilla} in the folder, or {@code name-2.flotilla} and on when that exists. */
    public static Path unusedFile(Path folder, String name) {
        Path file = folder.resolve(name + ".flotilla");
        for (int i = 2; Files.exists(file); i++) {
            file = folder.resolve(name + "-" + i + ".flotilla");
        }
        return file;
    }
}
