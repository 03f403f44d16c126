package flotilla.docker.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flotilla.docker.Interpreter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What Tab does in the console, word by word, against the walkthrough swarm's names. */
class CompletionTest {
    private static final Completion COMPLETION = Interpreter.completion();
    private static final Completion.Names NAMES = new Completion.Names(
            List.of("manager1", "worker1", "worker2"), List.of("helloworld", "redis", "my-web", "frontier"),
            List.of("ingress", "mynet"));

    private static Completion.Result tab(String line) {
        return COMPLETION.complete(line, NAMES);
    }

    @Test
    void completesCommandsSubcommandsAndVerbs() {
        assertEquals("docker ", tab("do").line());
        assertEquals("docker service ", tab("docker serv").line());
        assertEquals("docker se", tab("docker se").line());
        assertEquals(List.of("service", "secret"), tab("docker se").candidates());
        assertEquals("docker node ls ", tab("docker node l").line());
        assertEquals("sim partition ", tab("sim pa").line());
        assertEquals("sim node-", tab("sim no").line());
        assertEquals(List.of("node-down", "node-up"), tab("sim no").candidates());
    }

    @Test
    void completesTheNamesThatFitWhereTheCursorIs() {
        assertEquals("docker node inspect manager1 ", tab("docker node inspect m").line());
        assertEquals("docker service scale redis=", tab("docker service scale re").line());
        assertEquals("docker service create --network mynet ", tab("docker service create --network myn").line());
        assertEquals("sim curl worker2:", tab("sim curl worker2").line());
        assertEquals("@worker", tab("@wor").line());
        assertEquals(List.of("@worker1", "@worker2"), tab("@wor").candidates());
        assertEquals("@manager1 docker ", tab("@manager1 d").line());
        assertEquals("echo frontier ", tab("echo fr").line());
    }

    @Test
    void leavesTheLineAloneWhenNothingFits() {
        assertEquals("docker service ps zzz", tab("docker service ps zzz").line());
        assertEquals(List.of(), tab("docker service ps zzz").candidates());
        assertEquals("docker service ls ", tab("docker service ls ").line());
    }

    @Test
    void flagsAndTheirValuesComeFromTheCommandsDeclaration() {
        assertEquals("docker service ps --no-", tab("docker service ps --no-").line());
        assertEquals(List.of("--no-resolve", "--no-trunc"), tab("docker service ps --no-").candidates());
        assertEquals("docker service update --network-add mynet ",
                tab("docker service update --network-add my").line());
        assertEquals("docker service update --detach redis ", tab("docker service update --detach re").line());
        assertEquals("docker network rm mynet ", tab("docker network rm my").line());
        assertEquals("@worker1 docker network ls ", tab("@worker1 docker network l").line());
    }

    @Test
    void everyCommandOfTheTreeIsOffered() {
        Command docker = Interpreter.commands().get(0);
        for (Command group : docker.subcommands()) {
            List<String> declared = group.subcommands().stream().map(Command::name).toList();
            Completion.Result result = tab("docker " + group.name() + " ");
            if (declared.size() == 1) {
                assertEquals("docker " + group.name() + " " + declared.get(0) + " ", result.line());
            } else {
                assertEquals(declared, result.candidates(), group.name());
            }
            assertTrue(tab("docker ").candidates().contains(group.name()), group.name());
        }
    }
}
