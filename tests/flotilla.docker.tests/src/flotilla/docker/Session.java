package flotilla.docker;

import flotilla.engine.sim.Simulator;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** An interpreter over a fresh simulated swarm, with its output and errors captured per step. */
final class Session {
    final Simulator sim = new Simulator(1);
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder err = new StringBuilder();
    final Interpreter shell;
    int exitStatus;

    Session(StackFileReader stacks, Path baseDir) {
        shell = new Interpreter(sim, stacks, baseDir, out, err);
    }

    Session() {
        this(null, Path.of("."));
    }

    /** Runs the lines as one script; returns what it printed and keeps the exit status. */
    String run(String script) {
        try {
            exitStatus = shell.run(new StringReader(script));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String printed = out.toString();
        out.setLength(0);
        return printed;
    }

    /** The errors printed since the last call. */
    String errors() {
        String printed = err.toString();
        err.setLength(0);
        return printed;
    }
}
