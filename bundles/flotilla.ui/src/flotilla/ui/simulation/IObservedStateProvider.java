package flotilla.ui.simulation;

import flotilla.observed.ClusterState;

/**
 * The seam between the simulation and the views that show its outcome: a model editor adapts to this
 * when a simulated swarm runs its model. Views read the observed state (tasks, node status, network
 * instances, events) and listen for changes; they never drive the engine themselves.
 */
public interface IObservedStateProvider {

    /** What the simulated swarm looks like now, or null when no simulation runs. */
    ClusterState observedState();

    /** Called on the UI thread after the observed state changed. */
    void addObservedStateListener(Runnable listener);

    void removeObservedStateListener(Runnable listener);
}
