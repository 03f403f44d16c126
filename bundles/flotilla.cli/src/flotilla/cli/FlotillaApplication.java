package flotilla.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The Equinox entry point of the headless {@code flotilla} command: hands the arguments to {@link Flotilla}. */
public final class FlotillaApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        // SLF4J 2 in the product finds no provider through SPI Fly and says so on stderr at each command;
        // it then does what the bundled slf4j-nop would (nothing). Keep the output Docker's own.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        int exitCode = Flotilla.run(args == null ? new String[0] : args, System.out, System.err);
        System.out.flush();
        System.err.flush();
        return Integer.valueOf(exitCode);
    }

    @Override
    public void stop() {
        // Every command runs to completion in start(); nothing is left to interrupt.
    }
}
