package flotilla.ui.diagram;

import java.util.ArrayList;
import java.util.List;

import flotilla.observed.ClusterState;
import flotilla.ui.observed.IObservedStateProvider;

/** A simulation whose observed state the test writes, telling the diagram when it changed. */
final class FakeSimulation implements IObservedStateProvider {
    ClusterState state;
    List<Object> requestPath = List.of();
    final List<Runnable> listeners = new ArrayList<>();

    @Override
    public List<Object> requestPath() {
        return requestPath;
    }

    @Override
    public ClusterState observedState() {
        return state;
    }

    @Override
    public void addObservedStateListener(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void removeObservedStateListener(Runnable listener) {
        listeners.remove(listener);
    }

    void changed() {
        List.copyOf(listeners).forEach(Runnable::run);
    }
}
