/**
 * The seam between whatever produces an observed swarm state and the views that show it:
 * {@link flotilla.ui.observed.IObservedStateProvider}. A leaf: it depends on the observed-state model
 * only, so the diagram can show a simulation without knowing the simulation, and the simulation can run
 * an editor's model without knowing the diagram.
 */
package flotilla.ui.observed;
