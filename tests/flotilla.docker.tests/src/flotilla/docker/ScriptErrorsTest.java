package flotilla.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Malformed scripts fail like Docker does, naming the line; the script's exit status says so. */
class ScriptErrorsTest {
    private final Session session = new Session();

    private String errorsOf(String script) {
        session.run(script);
        return session.errors();
    }

    @Test
    void commandsBeforeTheSwarmExistsAreRefused() {
        assertEquals("line 1: Error response from daemon: This node is not a swarm manager. Use \"docker swarm "
                + "init\" or \"docker swarm join\" to connect this node to swarm and try again.\n",
                errorsOf("docker service ls"));
        assertEquals(1, session.exitStatus);
    }

    @Test
    void badFlagsAndArgumentsGetDockersUsageErrors() {
        String errors = errorsOf("""
                docker swarm init
                # a comment, then a blank line

                docker service create --replicas 2 --bogus nginx
                docker service create
                docker service scale web
                docker node update --availability sleepy manager1
                docker service create --name web -p 80:80 --constraint 'node.role=manager' nginx
                echo 'unclosed
                docker servce ls
                frobnicate
                """);
        assertEquals("""
                line 4: unknown flag: --bogus
                See 'docker service create --help'.
                line 5: "docker service create" requires at least 1 argument.
                See 'docker service create --help'.

                Usage:  docker service create [OPTIONS] IMAGE [COMMAND] [ARG...]
                line 6: invalid scale specifier 'web'
                See 'docker service scale --help'.
                line 7: invalid argument "sleepy" for "--availability" flag: invalid availability: sleepy
                line 8: Error response from daemon: rpc error: code = InvalidArgument desc = constraint expected one \
                operator from ==, !=
                line 9: unterminated quoted string
                line 10: docker: 'servce' is not a docker command.
                See 'docker --help'
                line 11: unknown command: frobnicate (expected docker, sim, echo or @NODE)
                """, errors);
        assertEquals(1, session.exitStatus);
    }

    @Test
    void missingObjectsAreNamed() {
        String errors = errorsOf("""
                docker swarm init
                docker service rm ghost
                docker service ps ghost
                docker node update --availability drain ghost
                docker network rm ghost
                docker secret rm ghost
                docker service create --name web --network ghost nginx
                docker service create --name web -p 8080:80 nginx
                docker service create --name api -p 8080:80 nginx
                sim crash ghost
                """);
        String webId = session.sim.state().findService("web").id();
        assertEquals("""
                line 2: Error: No such service: ghost
                line 3: no such service: ghost
                line 4: Error response from daemon: node ghost not found
                line 5: Error response from daemon: network ghost not found
                line 6: Error: No such secret: ghost
                line 7: Error response from daemon: rpc error: code = InvalidArgument desc = network ghost not found
                line 9: Error response from daemon: rpc error: code = InvalidArgument desc = port '8080' is already \
                in use by service 'web' (%s) as an ingress port
                line 10: Error: No such node: ghost
                """.formatted(webId), errors);
    }

    @Test
    void aCleanScriptExitsZero() {
        assertEquals("hello swarm\n", session.run("echo hello   swarm\ndocker swarm init >/dev/null 2>&1")
                .lines().findFirst().orElseThrow() + "\n");
        assertEquals(0, session.exitStatus);
    }
}
