package flotilla.model.persistence;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import flotilla.model.ModelPackage;
import flotilla.observed.ObservedPackage;

/**
 * Which metamodel wrote a file. Every Flotilla namespace ends in its metamodel version
 * ({@code http://flotilla.dev/model/1.0}); a file from another version is refused with the reason, as long as no
 * migration from that version exists. When a later metamodel changes, its migration from the older namespace goes here.
 */
final class MetamodelVersions {
    private static final Pattern FLOTILLA_NAMESPACE = Pattern.compile("http://flotilla\\.dev/(model|observed)/([^/]+)");

    private MetamodelVersions() {
    }

    /** Throws unless the file's root element belongs to the metamodel this build reads. */
    static void check(Path file, RootElement root) throws ModelLoadException {
        String namespace = root.namespace();
        if (ModelPackage.eNS_URI.equals(namespace) || ObservedPackage.eNS_URI.equals(namespace)) {
            return;
        }
        Matcher flotilla = namespace == null ? null : FLOTILLA_NAMESPACE.matcher(namespace);
        String problem;
        if (flotilla != null && flotilla.matches()) {
            String current = flotilla.group(1).equals("model") ? ModelPackage.eNS_URI : ObservedPackage.eNS_URI;
            String currentVersion = current.substring(current.lastIndexOf('/') + 1);
            problem = "was saved with Flotilla " + flotilla.group(1) + " metamodel " + flotilla.group(2)
                    + ", but this Flotilla reads version "
                    + currentVersion + " and has no migration from " + flotilla.group(2)
                    + (newer(flotilla.group(2), currentVersion)
                            ? " (the file comes from a newer Flotilla: update Flotilla to open it)"
                            : "");
        } else if (namespace == null || namespace.isEmpty()) {
            problem = "not a Flotilla model: the root element <" + root.name() + "> has no namespace, expected "
                    + ModelPackage.eNS_URI;
        } else {
            problem = "not a Flotilla model: the root element <" + root.name() + "> is in namespace " + namespace
                    + ", expected " + ModelPackage.eNS_URI;
        }
        throw new ModelLoadException(file, root.line(), root.column(), problem, null);
    }

    private static boolean newer(String version, String current) {
        String[] theirs = version.split("\\.");
        String[] ours = current.split("\\.");
        for (int i = 0; i < Math.max(theirs.length, ours.length); i++) {
            int difference = Integer.compare(number(theirs, i), number(ours, i));
            if (difference != 0) {
                return difference > 0;
            }
        }
        return false;
    }

    private static int number(String[] parts, int index) {
        try {
            return index < parts.length ? Integer.parseInt(parts[index]) : 0;
        } catch (NumberFormatException exception) {
            return 0;
        }
    }
}
