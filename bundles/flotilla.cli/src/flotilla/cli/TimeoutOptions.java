package flotilla.cli;

import flotilla.deploy.engine.EngineException;
import flotilla.deploy.engine.Timeouts;
import picocli.CommandLine.Option;

/** {@code --connect-timeout} and {@code --timeout}: how long commands that talk to a daemon wait for it. */
final class TimeoutOptions {

    @Option(names = "--connect-timeout", paramLabel = "DURATION", description = "Give up connecting to the daemon after DURATION (default 32s, or $"
            + Timeouts.CONNECT_VARIABLE + ").")
    String connect;

    @Option(names = "--timeout", paramLabel = "DURATION", description = "Give up waiting for an answer from the daemon after DURATION (default 60s, or $"
            + Timeouts.READ_VARIABLE
            + "); 90, 90s, 500ms, 2m.")
    String read;

    /** The timeouts to use, from the options, else the environment, else Docker's defaults. */
    Timeouts timeouts() throws EngineException {
        try {
            return Timeouts.fromEnvironment().with(connect == null ? null : Timeouts.parse(connect),
                    read == null ? null : Timeouts.parse(read));
        } catch (IllegalArgumentException e) {
            throw new EngineException(e.getMessage(), e);
        }
    }
}
