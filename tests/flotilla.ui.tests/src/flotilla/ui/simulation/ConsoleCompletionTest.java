package flotilla.ui.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What Tab does in the console, word by word, against the walkthrough swarm's names. */
class ConsoleCompletionTest {

    private static final ConsoleCompletion.Names NAMES = new ConsoleCompletion.Names(
            List.of("manager1", "worker1", "worker2"), List.of("helloworld", "redis", "my-web", "frontier"),
            List.of("ingress", "mynet"));

    private static ConsoleCompletion.Result tab(String line) {
        return ConsoleCompletion.complete(line, NAMES);
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
}
