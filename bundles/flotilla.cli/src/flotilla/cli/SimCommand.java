package flotilla.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import flotilla.docker.Interpreter;
import flotilla.engine.model.ModelExporter;
import flotilla.engine.sim.Simulator;
import flotilla.model.Cluster;
import flotilla.model.errors.Utf8Files;
import flotilla.model.persistence.Models;
import flotilla.model.text.FileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code flotilla sim}: docker and simulation commands against a simulated swarm. */
@Command(name = "sim", mixinStandardHelpOptions = true, description = {
        "Replay docker commands against a simulated swarm that follows swarm's own rules.",
        "Reads SCRIPT, or standard input (with a prompt when it is a terminal).",
        "Lines are split like a shell's; '#' starts a comment. Besides docker commands: "
                + "sim add-node|node-down|node-up|crash|partition|heal|wait|curl|log, echo.",
        "'docker --help', 'sim --help' and 'COMMAND --help' list what each command takes."})
final class SimCommand implements Callable<Integer> {

    /** Set by the launcher when standard input and output are a terminal (Java 21 cannot tell by itself). */
    static final String INTERACTIVE_PROPERTY = "flotilla.interactive";

    @Parameters(arity = "0..1", paramLabel = "SCRIPT", description = "A file of commands, one per line.")
    private Path script;

    @Option(names = "--model", paramLabel = "FILE", description = "Start from this model's nodes, networks and services.")
    private Path model;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed for ids and tie-breaking; the same seed replays the same run (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--save", paramLabel = "FILE", description = "Write the resulting swarm as a model, when every line succeeded (the old file is kept as FILE.bak).")
    private Path save;

    @Option(names = "--force", description = "Let --save overwrite an existing file other than the --model.")
    private boolean force;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException, FileException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (save != null) {
            String refusal = ModelFiles.refusal(save, force, model, script);
            if (refusal != null) {
                err.println("flotilla sim: " + refusal);
                return 1;
            }
        }
        Cluster cluster = model == null ? Models.newCluster("swarm") : ModelFiles.loadValid(model, err);
        if (cluster == null) {
            return 1;
        }
        String lines = null;
        if (script != null) {
            if (!Files.isRegularFile(script)) {
                err.println("Error: open " + script + ": no such file or directory");
                return 1;
            }
            lines = Utf8Files.read(script);
        }
        // A model without nodes starts a swarm not yet initialised, which never ran the model's services.
        boolean startedFromModel = !cluster.getNodes().isEmpty();
        Simulator sim = Simulations.start(cluster, seed);
        Interpreter interpreter = new Interpreter(sim, Simulations.stackFiles(), baseDir(), out, err);
        int status;
        if (lines != null) {
            status = interpreter.run(new StringReader(lines), script.toString());
        } else if (Boolean.getBoolean(INTERACTIVE_PROPERTY)) {
            status = prompt(interpreter, out, err);
        } else {
            status = interpreter.run(new InputStreamReader(System.in, StandardCharsets.UTF_8), "<stdin>");
        }
        if (save != null && status != 0) {
            out.flush();
            err.println("flotilla sim: " + save + " not saved: the script failed");
        } else if (save != null) {
            ModelExporter.exportInto(sim, cluster, startedFromModel);
            Models.save(cluster, save);
        }
        return status;
    }

    /** The interactive console: a prompt per line, until end of input ({@code exit} or Ctrl-D). */
    private static int prompt(Interpreter interpreter, PrintWriter out, PrintWriter err) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        boolean failed = false;
        while (true) {
            out.print("flotilla> ");
            out.flush();
            String line = in.readLine();
            if (line == null || line.strip().equals("exit")) {
                break;
            }
            // Typed at the prompt: the error follows the line, with no place in front, as docker prints it.
            failed |= !interpreter.execute(line, 0);
            out.flush();
            err.flush();
        }
        out.println();
        return failed ? 1 : 0;
    }

    private Path baseDir() {
        Path parent = script == null ? null : script.toAbsolutePath().getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }
}
