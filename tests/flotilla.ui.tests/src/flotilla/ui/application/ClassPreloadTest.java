package flotilla.ui.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

/** The window's class preloader, on lists as the build's training writes them. */
class ClassPreloadTest {

    @Test
    void aFragmentsClassLoadsThroughItsHostAndWhatIsNotThereIsPassedOver() {
        List<String> lines = List.of("org.eclipse.swt.gtk.linux.x86_64 org.eclipse.swt.widgets.Display",
                "flotilla.ui flotilla.ui.application.FlotillaApplication", "flotilla.ui flotilla.ui.NoSuchClass",
                "no.such.bundle no.such.Class", "a line without a class");
        assertEquals(2, ClassPreload.preload(FrameworkUtil.getBundle(ClassPreload.class).getBundleContext(), lines));
    }
}
