package flotilla.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import flotilla.deploy.engine.EngineException;
import flotilla.deploy.hosts.HostsInit;
import flotilla.model.Cluster;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code flotilla hosts init MODEL}: form the model's swarm on hosts reached over SSH. */
@Command(name = "hosts", mixinStandardHelpOptions = true, description = "Manage the hosts a model's nodes run on.", subcommands = HostsCommand.Init.class)
final class HostsCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "init", mixinStandardHelpOptions = true, description = {
            "Bring up the swarm on the nodes whose engine is ssh://USER@HOST:",
            "docker swarm init on the first manager, docker swarm join on the others, then labels and availability.",
            "Host keys must be in the known_hosts file; authentication is by key only. Hosts already in a swarm are left as they are."})
    static final class Init implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "MODEL", description = "The .flotilla file naming the hosts.")
        private Path model;

        @Option(names = {"-i",
                "--identity"}, paramLabel = "FILE", description = "Private key for nodes whose endpoint names none (default: ~/.ssh/id_ecdsa, id_ed25519 or id_rsa).")
        private Path identity;

        @Option(names = "--known-hosts", paramLabel = "FILE", description = "Known host keys (default: ~/.ssh/known_hosts).")
        private Path knownHosts;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            Cluster cluster = ModelFiles.load(model, spec.commandLine().getErr());
            if (cluster == null) {
                return 1;
            }
            Path ssh = Path.of(System.getProperty("user.home"), ".ssh");
            Path key = identity != null
                    ? identity
                    : List.of("id_ecdsa", "id_ed25519", "id_rsa").stream().map(ssh::resolve).filter(Files::isReadable)
                            .findFirst().orElse(null);
            try {
                new HostsInit(cluster, key, knownHosts != null ? knownHosts : ssh.resolve("known_hosts"),
                        spec.commandLine().getOut()).run();
                return 0;
            } catch (EngineException e) {
                spec.commandLine().getOut().flush();
                spec.commandLine().getErr().println("Error: " + e.getMessage());
                return 1;
            }
        }
    }
}
