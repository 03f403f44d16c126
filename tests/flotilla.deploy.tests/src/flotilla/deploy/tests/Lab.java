package flotilla.deploy.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * The real-swarm lab the build started for these tests (tests/lab/maven-lab.sh): its nodes'
 * sockets, hostnames and image, read from its {@code lab.env}. Without a lab the tests fail with
 * the reason, unless the build was run with {@code -Dflotilla.lab=skip}.
 */
final class Lab {

    private static Lab instance;

    private final Path dir;
    private final Path script;
    private final Map<String, String> env;

    private Lab(Path dir, Path script, Map<String, String> env) {
        this.dir = dir;
        this.script = script;
        this.env = env;
    }

    /** The lab, or the test is failed (no lab where one was expected) or skipped (-Dflotilla.lab=skip). */
    static synchronized Lab get() {
        if (instance != null) {
            return instance;
        }
        String mode = System.getProperty("flotilla.lab", "auto");
        Assumptions.assumeFalse("skip".equals(mode), "no swarm lab: -Dflotilla.lab=skip");
        String dirProperty = System.getProperty("flotilla.lab.dir");
        if (dirProperty == null) {
            fail("no swarm lab: system property flotilla.lab.dir is not set (run the tests through Maven, "
                    + "or pass -Dflotilla.lab=skip)");
        }
        Path dir = Path.of(dirProperty);
        Path envFile = dir.resolve("lab.env");
        if (!Files.isRegularFile(envFile)) {
            String reason = "the build started none in " + dir;
            try {
                if (Files.isRegularFile(dir.resolve("unavailable"))) {
                    reason = Files.readString(dir.resolve("unavailable")).strip();
                }
            } catch (IOException e) {
                reason = e.getMessage();
            }
            fail("no swarm lab: " + reason + " (run with -Dflotilla.lab=skip to skip the real-swarm tests)");
        }
        instance = new Lab(dir, Path.of(System.getProperty("flotilla.lab.script", "tests/lab/swarm-lab.sh")),
                readEnv(envFile));
        return instance;
    }

    /** The KEY=VALUE lines of swarm-lab.sh env, split at the first '='. */
    private static Map<String, String> readEnv(Path envFile) {
        Map<String, String> env = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(envFile, StandardCharsets.UTF_8)) {
                int equals = line.indexOf('=');
                if (equals > 0 && !line.startsWith("#")) {
                    env.put(line.substring(0, equals), line.substring(equals + 1));
                }
            }
        } catch (IOException e) {
            fail("cannot read " + envFile + ": " + e);
        }
        return env;
    }

    /**
     * A lab of the test's own beside the build's one, in the build lab's directory + {@code suffix},
     * brought up with {@code upArgs} (such as {@code 3 --no-swarm}); the caller takes it {@link #down}.
     */
    static Lab startOwn(String suffix, String... upArgs) {
        Lab shared = get();
        Path dir = Path.of(shared.dir + suffix);
        String[] args = new String[upArgs.length + 1];
        args[0] = "up";
        System.arraycopy(upArgs, 0, args, 1, upArgs.length);
        Lab own = new Lab(dir, shared.script, Map.of());
        own.run(args);
        return new Lab(dir, shared.script, readEnv(dir.resolve("lab.env")));
    }

    /** Takes this lab down (safe to repeat). */
    void down() {
        run("down");
    }

    /** The lab's state directory (its FLOTILLA_LAB_DIR). */
    Path dir() {
        return dir;
    }

    /** A line of the lab's environment, such as FLOTILLA_LAB_SSH_KEY. */
    String env(String key) {
        return env.get(key);
    }

    /** Node i's daemon, {@code unix:///...}; node 1 is the manager. */
    String host(int node) {
        return env.get("FLOTILLA_LAB_NODE_" + node + "_DOCKER_HOST");
    }

    String hostname(int node) {
        return env.get("FLOTILLA_LAB_NODE_" + node + "_HOSTNAME");
    }

    int nodes() {
        return Integer.parseInt(env.get("FLOTILLA_LAB_NODES"));
    }

    String manager() {
        return host(1);
    }

    /** The lab's busybox image, under a loopback registry name so a stray pull fails at once. */
    String image() {
        return env.get("FLOTILLA_LAB_IMAGE");
    }

    /** Kills node i's dockerd (the host "dies"). */
    void killNode(int node) {
        run("kill-node", String.valueOf(node));
    }

    /** Starts node i's dockerd again and waits until the swarm lists it Ready. */
    void startNode(int node) {
        run("start-node", String.valueOf(node));
    }

    private void run(String... args) {
        String[] command = new String[args.length + 2];
        command[0] = "bash";
        command[1] = script.toString();
        System.arraycopy(args, 0, command, 2, args.length);
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("FLOTILLA_LAB_DIR", dir.toString());
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                fail(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            fail(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(e);
        }
    }
}
