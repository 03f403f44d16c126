package flotilla.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The Equinox entry point of the headless {@code flotilla} command: hands the arguments to {@link Flotilla}. */
public final class FlotillaApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        return Integer.valueOf(Flotilla.runAsProcess(args == null ? new String[0] : args));
    }

    @Override
    public void stop() {
        // Every command runs to completion in start(); nothing is left to interrupt.
    }
}
