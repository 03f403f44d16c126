package flotilla.cli;

import flotilla.docker.StackFileReader;
import flotilla.engine.model.ModelImporter;
import flotilla.engine.sim.Simulator;
import flotilla.docker.ComposeStackFiles;
import flotilla.model.Cluster;

/** How the commands start a simulated swarm, in one place. */
final class Simulations {

    private Simulations() {
    }

    /** A simulated swarm running the model, settled; an empty model gives a swarm not yet initialised. */
    static Simulator start(Cluster cluster, long seed) {
        return cluster.getNodes().isEmpty() ? new Simulator(seed) : ModelImporter.start(cluster, seed);
    }

    /** Compose files for `docker stack deploy`, read like `flotilla import` reads them. */
    static StackFileReader stackFiles() {
        return new ComposeStackFiles();
    }
}
