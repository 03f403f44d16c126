/**
 * The docker command emulator: docker commands run against the simulated swarm, as the docker CLI would
 * run them against a real one. {@link flotilla.docker.Interpreter} runs script lines (docker, sim, echo
 * and {@code @NODE docker ...}); each object's commands are declared in one class, as docker/cli keeps
 * one package per object: {@link flotilla.docker.SwarmCommands}, {@link flotilla.docker.NodeCommands},
 * {@link flotilla.docker.ServiceCommands} (with the service flag table {@link flotilla.docker.SpecFlags}),
 * {@link flotilla.docker.NetworkCommands}, {@link flotilla.docker.SecretCommands},
 * {@link flotilla.docker.StackCommands}; the simulation verbs are {@link flotilla.docker.SimCommands},
 * one node's engine {@link flotilla.docker.NodeLocalCommands}. Output goes through
 * {@link flotilla.docker.Listing} (Go templates, tab writer) and {@link flotilla.docker.Inspect}.
 * <p>
 * Commands change the swarm only through {@link flotilla.engine.sim.Simulator}'s operations; they read
 * it through its read-only {@link flotilla.engine.state.ClusterView}.
 */
package flotilla.docker;
