package flotilla.engine.orchestrator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import flotilla.engine.state.ClusterState;
import flotilla.engine.state.Resources;
import flotilla.engine.state.Role;
import flotilla.engine.state.Service;
import flotilla.engine.state.ServiceSpec;
import flotilla.engine.state.Task;
import flotilla.engine.state.TaskState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The slot table the replicated orchestrator reads has the slots of {@link Slots#of}, in its order. */
class SlotsTest {
    private final ClusterState state = new ClusterState(1);
    private final Service web = state.createService(new ServiceSpec("web", "nginx").replicas(3), 0);

    @Test
    void denseSlotsGiveEachSlotsFirstAndCurrentTask() {
        Task old = task(2, TaskState.SHUTDOWN);
        task(1, TaskState.RUNNING);
        Task replacement = task(2, TaskState.READY);
        task(3, TaskState.SHUTDOWN);
        Slots.Table table = Slots.table(state.tasksOfService(web.id()));
        assertSameAsSlotsOf(state.tasksOfService(web.id()), table);
        assertEquals(3, table.size());
        assertEquals(old, table.first(0));
        assertEquals(replacement, table.current(0));
        assertEquals(null, table.current(2));
    }

    @Test
    void aSlotFarPastTheOthersIsFoundAsWell() {
        task(1, TaskState.RUNNING);
        task(900_000, TaskState.RUNNING);
        task(1, TaskState.SHUTDOWN);
        task(900_000, TaskState.SHUTDOWN);
        assertSameAsSlotsOf(state.tasksOfService(web.id()), Slots.table(state.tasksOfService(web.id())));
    }

    @Test
    void aPlacedTaskIsTheSlotsCurrentOneBeforeAnUnplacedOne() {
        Task unplaced = task(1, TaskState.RUNNING);
        Task placed = task(1, TaskState.RUNNING);
        state.assign(placed, state.join("n1", Role.WORKER, Resources.NONE, Map.of(), Set.of()).id(), 0);
        Slots.Table table = Slots.table(state.tasksOfService(web.id()));
        assertEquals(unplaced, table.first(0));
        assertEquals(placed, table.current(0));
    }

    private Task task(long slot, TaskState desired) {
        return state.createTask(web, slot, null, desired, 0);
    }

    private static void assertSameAsSlotsOf(List<Task> tasks, Slots.Table table) {
        List<List<Task>> expected = new ArrayList<>(Slots.of(tasks).values());
        assertEquals(expected.size(), table.size());
        for (int i = 0; i < table.size(); i++) {
            assertEquals(expected.get(i).get(0), table.first(i));
            assertEquals(Slots.current(expected.get(i)), table.current(i));
        }
    }
}
