package flotilla.ui.application;

import java.lang.reflect.Field;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Makes SWT's display on the launching thread while the framework starts its bundles, where that thread would
 * otherwise wait: {@link WorkbenchMain} hands it to the framework as Eclipse's launcher hands over its splash screen,
 * and Equinox calls a splash handler's {@code updateSplash()} on the launching thread every 50 ms until the start
 * levels are reached (so that a splash can keep painting). The first call that finds SWT's bundle resolved makes the
 * display; the workbench then takes the current display instead of making one ({@code PlatformUI.createDisplay()}).
 * The start levels (Felix SCR reading and activating components) and the display (GTK's start, the system's colours
 * and fonts) took ~0.3 s and ~0.2 s one after the other on the thread the window waits for.
 * <p>
 * Nothing here is needed: if SWT's bundle is not there or the display cannot be made, the workbench makes it as
 * before and reports what fails.
 */
public final class EarlyDisplay implements Runnable {

    /**
     * As the product's {@code appName} (flotilla.ui's plugin.xml), which the workbench would give SWT before making
     * the display: GTK takes the program's name (the window's WM_CLASS) when the display is made.
     */
    static final String APP_NAME = "Flotilla";

    private static final String SWT_BUNDLE = "org.eclipse.swt";

    private boolean tried;

    /** The framework's call, on the launching thread, while it waits for the start levels. */
    public void updateSplash() {
        if (tried) {
            return;
        }
        BundleContext framework = frameworkContext();
        if (framework == null) {
            tried = true; // a framework without that field: nothing to wait for
            return;
        }
        Bundle swt = resolvedBundle(framework, SWT_BUNDLE);
        if (swt == null) {
            return; // not yet: the next call comes 50 ms later
        }
        tried = true;
        try {
            Class<?> display = swt.loadClass("org.eclipse.swt.widgets.Display");
            display.getMethod("setAppName", String.class).invoke(null, APP_NAME);
            display.getConstructor().newInstance();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // The workbench makes the display itself and reports what fails.
        }
    }

    /** The framework's call to take a splash screen down once the application runs: there is none. */
    @Override
    public void run() {
    }

    /**
     * The framework's context, before {@code EclipseStarter.getSystemBundleContext()} gives it (only once the start
     * levels are reached): the starter keeps it in a field from the moment the framework is made.
     */
    private static BundleContext frameworkContext() {
        try {
            Field context = Class.forName("org.eclipse.core.runtime.adaptor.EclipseStarter")
                    .getDeclaredField("context");
            context.setAccessible(true);
            return (BundleContext) context.get(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Bundle resolvedBundle(BundleContext framework, String symbolicName) {
        for (Bundle bundle : framework.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())
                    && (bundle.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE)) != 0) {
                return bundle;
            }
        }
        return null;
    }
}
