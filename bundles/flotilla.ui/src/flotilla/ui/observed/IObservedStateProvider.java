package flotilla.ui.observed;

import java.util.List;

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

    /**
     * The way the latest routing-mesh request took, in order, as model and observed elements (the node
     * asked, the ingress network when the mesh routed it, the task that answered, its node); empty
     * when there was none. Read it from an observed-state listener: it refers to the current state.
     */
    List<Object> requestPath();
}
