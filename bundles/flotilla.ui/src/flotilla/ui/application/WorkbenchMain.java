package flotilla.ui.application;

/**
 * The product's launcher starts the window with this class on the JDK's class path beside the framework's jar, in
 * place of Equinox's Java launcher ({@code org.eclipse.equinox.launcher}): that launcher is a signed jar, which the JDK
 * checks before it runs, and it loads the framework through a class loader of its own, which the JDK's AOT cache does
 * not link ahead of time. Like that launcher, it runs the framework (which runs the application) and then exits with
 * the exit code the framework left; {@code EclipseStarter.main} would instead leave the JVM running after the window
 * closed. The framework is found by name: this class runs on the class path, outside OSGi.
 */
public final class WorkbenchMain {

    private WorkbenchMain() {
    }

    public static void main(String[] args) throws Exception {
        if (System.getProperty("eclipse.startTime") == null) {
            System.setProperty("eclipse.startTime", Long.toString(System.currentTimeMillis()));
        }
        Class<?> starter = Class.forName("org.eclipse.core.runtime.adaptor.EclipseStarter");
        starter.getMethod("run", String[].class, Runnable.class).invoke(null, args, null);
        System.exit(Integer.getInteger("eclipse.exitcode", 0));
    }
}
