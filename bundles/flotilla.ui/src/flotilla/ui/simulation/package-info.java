/**
 * The simulation in the workbench: a {@link flotilla.ui.simulation.SimulationSession} per model editor
 * runs the editor's model in the bundled engine's simulated swarm, and the views show and drive it.
 * <p>
 * <b>Threads.</b> The engine is not thread-safe: all of a session's engine work runs on its own background
 * thread, serialised. After each step that thread takes an {@code ObservedSnapshot} (plain values) and
 * builds the observed-state model from it against an index of the model's elements made on the UI thread;
 * the UI thread only swaps the new state in and tells listeners. Futures returned by the session complete
 * on the UI thread once the state they produced is shown.
 * <p>
 * <b>Wiring.</b> A session sees its model only through {@link flotilla.ui.simulation.ISimulatedModel}
 * (root, command stack, base folder, display); {@link flotilla.ui.simulation.SimulationAdapterFactory}
 * adapts a model editor to its session, so neither the editor nor the diagram depends on this package.
 * <p>
 * <b>For the diagram.</b> {@code editor.getAdapter(IObservedStateProvider.class)} returns the editor's
 * session (always; {@code observedState()} is null until a simulation starts). Each step publishes a new
 * {@link flotilla.observed.ClusterState} whose tasks, node statuses, network instances and events refer to
 * the editor's model elements; listeners run on the UI thread. {@code sim curl} paths come through
 * {@link flotilla.ui.simulation.SimulationSession#addRequestPathListener} and
 * {@link flotilla.ui.simulation.SimulationSession#lastRequest()}: the node asked, the ingress network (when
 * the routing mesh carried the request), the observed task that answered and its node.
 */
package flotilla.ui.simulation;
