package flotilla.ui.problems;

import java.util.List;

/**
 * What the engine's placement finds wrong with a model, which validation alone cannot see: services
 * that cannot get all their replicas. The Problems view lists these beside the validation findings and
 * asks again whenever a placement finishes.
 */
public interface IPlacementProblemsProvider {

    List<Problem> placementProblems();

    void addPlacementListener(Runnable listener);

    void removePlacementListener(Runnable listener);
}
