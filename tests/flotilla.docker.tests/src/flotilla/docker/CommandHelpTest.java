package flotilla.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flotilla.docker.command.Command;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * `--help` of every docker command, compared with what the docker CLI itself prints (recorded by
 * help/record.sh into help/docker-help.txt): the usage line, the description, the aliases, and each flag
 * the simulator accepts worded, typed and defaulted as docker's; where the simulator accepts exactly
 * docker's flags, the whole text, wrapping included.
 */
class CommandHelpTest {
    private static final Map<String, String> DOCKER = recorded();
    private final Session session = new Session();

    private static Map<String, String> recorded() {
        Map<String, String> help = new LinkedHashMap<>();
        String command = null;
        StringBuilder text = new StringBuilder();
        try {
            for (String line : Files.readAllLines(Path.of("help/docker-help.txt"))) {
                if (line.startsWith("=== ")) {
                    if (command != null) {
                        help.put(command, text.toString());
                    }
                    command = line.substring(4);
                    text.setLength(0);
                } else if (command != null) {
                    text.append(line).append('\n');
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("help/docker-help.txt: " + e.getMessage(), e);
        }
        help.put(command, text.toString());
        return help;
    }

    private static List<Command> below(Command command) {
        List<Command> all = new ArrayList<>();
        for (Command c : command.subcommands()) {
            all.add(c);
            all.addAll(below(c));
        }
        return all;
    }

    /** The lines of one section ("Options:", "Aliases:", "Commands:") up to the next blank line. */
    private static List<String> section(String help, String heading) {
        List<String> lines = new ArrayList<>();
        boolean in = false;
        for (String line : help.split("\n", -1)) {
            if (line.equals(heading)) {
                in = true;
            } else if (in && line.isBlank()) {
                break;
            } else if (in) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** Flag table rows, each with its wrapped continuation lines joined and blanks collapsed. */
    private static List<String> flags(String help) {
        List<String> rows = new ArrayList<>();
        for (String line : section(help, "Options:")) {
            if (line.startsWith("  -") || line.startsWith("      --")) {
                rows.add(line.strip().replaceAll("\\s+", " "));
            } else {
                int last = rows.size() - 1;
                rows.set(last, rows.get(last) + " " + line.strip());
            }
        }
        return rows;
    }

    @Test
    void everyCommandsHelpIsWordedAsDockers() {
        for (Command command : below(Interpreter.commands().get(0))) {
            String path = command.path();
            String docker = DOCKER.get(path);
            assertNotNull(docker, path + " was not recorded");
            String ours = session.run(path + " --help");
            List<String> oursLines = List.of(ours.split("\n"));
            List<String> dockerLines = List.of(docker.split("\n"));
            assertEquals(dockerLines.subList(0, 3), oursLines.subList(0, 3), path + ": usage and description");
            assertEquals(section(docker, "Aliases:"), section(ours, "Aliases:"), path);
            List<String> dockerFlags = flags(docker);
            for (String flag : flags(ours)) {
                assertTrue(dockerFlags.contains(flag), path + ": docker has no flag " + flag);
            }
            List<String> dockerCommands = section(docker, "Commands:");
            for (String line : section(ours, "Commands:")) {
                assertTrue(dockerCommands.contains(line), path + ": docker lists no " + line);
            }
        }
    }

    @Test
    void whereTheFlagsAreDockersTheWholeHelpIsDockers() {
        for (String path : List.of("docker node ls", "docker node ps", "docker node inspect", "docker node update",
                "docker node rm", "docker node promote", "docker service ls", "docker service ps",
                "docker service inspect", "docker service rm", "docker service scale", "docker service rollback",
                "docker network ls", "docker secret ls", "docker secret rm", "docker stack ls", "docker stack ps",
                "docker stack services", "docker stack rm")) {
            assertEquals(DOCKER.get(path), session.run(path + " --help"), path);
        }
    }

    @Test
    void createShowsSwarmsDefaultsAndUpdateNone() {
        String create = session.run("docker service create --help");
        assertTrue(flags(create).contains("--restart-delay duration Delay between restart attempts (ns|us|ms|s|m|h) "
                + "(default 5s)"), create);
        assertTrue(flags(create).contains("--update-failure-action string Action on update failure (\"pause\", "
                + "\"continue\", \"rollback\") (default \"pause\")"), create);
        String update = session.run("docker service update -h");
        assertTrue(flags(update).contains("--restart-delay duration Delay between restart attempts "
                + "(ns|us|ms|s|m|h)"), update);
    }

    @Test
    void helpNeedsNoSwarmAndRunsNothing() {
        assertTrue(session.run("docker service create --help nginx").startsWith(
                "Usage:  docker service create [OPTIONS] IMAGE [COMMAND] [ARG...]\n"));
        assertEquals("", session.errors());
        assertEquals(0, session.exitStatus);
        assertEquals(0, session.sim.state().services().size());
    }

    @Test
    void aGroupWithoutSubcommandPrintsItsCommands() {
        String service = session.run("docker service");
        assertTrue(service.startsWith("Usage:  docker service COMMAND\n\nManage Swarm services\n\nCommands:\n"
                + "  create      Create a new service\n"), service);
        assertTrue(service.endsWith("\n\nRun 'docker service COMMAND --help' for more information on a command.\n"),
                service);
        String sim = session.run("sim --help");
        assertTrue(sim.contains("\n  add-node    Add a host that joins the swarm\n"), sim);
        assertEquals("Usage:  sim wait [DURATION]\n\nLet simulated time pass: DURATION, or until the swarm settles\n",
                session.run("sim wait --help"));
    }

    @Test
    void aCommandUnknownToTheTreeGetsDockersError() {
        session.run("docker foo\ndocker swarm init\ndocker service foo\ndocker node ls extra\nsim jump");
        assertEquals("""
                line 1: docker: 'foo' is not a docker command.
                See 'docker --help'
                line 3: docker: unknown command: docker service foo

                Run 'docker service --help' for more information
                line 4: "docker node ls" accepts no arguments.
                See 'docker node ls --help'.

                Usage:  docker node ls [OPTIONS]
                line 5: sim: 'jump' is not a sim command.
                See 'sim --help'
                """, session.errors());
    }
}
