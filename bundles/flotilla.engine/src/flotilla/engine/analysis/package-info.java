/**
 * What-if analysis: each failure scenario (a node, a zone, k random nodes, managers, a drain, a rolling update)
 * is replayed on its own simulated swarm built from the same desired state, run to convergence by the engine's
 * own scheduler and orchestrators, and judged per service ({@link flotilla.engine.analysis.Verdict}). Nothing here
 * approximates swarm: {@link flotilla.engine.analysis.ResilienceAnalysis} only injects the failure and reads the
 * outcome.
 */
package flotilla.engine.analysis;
