package flotilla.engine.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A service's tally lists the nodes holding its tasks, so the scheduler counts the spread tree and ranks the
 * service's own nodes over those few; the list must hold every such node once and, once compacted, no other.
 */
class TallyTest {
    @Test
    void listsEachNodeHoldingTasksOnceInTheOrderItFirstHeldOne() {
        NodeSet.Tally tally = new NodeSet.Tally(8);
        tally.add(3, +1);
        tally.add(5, +1);
        tally.add(3, +1);
        assertEquals(List.of(3, 5), holders(tally));
        assertEquals(3, tally.total);
        assertEquals(2, tally.counts[3]);
    }

    @Test
    void aNodeLeavesOnceItsLastTaskDidAndComesBackAtTheEnd() {
        NodeSet.Tally tally = new NodeSet.Tally(8);
        tally.add(3, +1);
        tally.add(5, +1);
        tally.add(6, +1);
        tally.add(3, -1);
        assertEquals(3, tally.holderBound(), "not compacted yet: a bound");
        assertEquals(List.of(5, 6), holders(tally));
        tally.add(3, +1);
        tally.add(5, -1);
        assertEquals(List.of(6, 3), holders(tally));
        assertEquals(2, tally.total);
    }

    @Test
    void holdersMatchTheCountsThroughRandomChanges() {
        SplittableRandom random = new SplittableRandom(5);
        NodeSet.Tally tally = new NodeSet.Tally(32);
        int[] counts = new int[32];
        for (int step = 0; step < 2_000; step++) {
            int node = random.nextInt(32);
            int sign = counts[node] > 0 && random.nextBoolean() ? -1 : +1;
            counts[node] += sign;
            tally.add(node, sign);
            if (random.nextInt(10) == 0) {
                List<Integer> expected = new ArrayList<>();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] > 0) {
                        expected.add(i);
                    }
                }
                List<Integer> listed = new ArrayList<>(holders(tally));
                listed.sort(null);
                assertEquals(expected, listed, "step " + step);
            }
        }
    }

    private static List<Integer> holders(NodeSet.Tally tally) {
        List<Integer> holders = new ArrayList<>();
        int n = tally.compactHolders();
        for (int i = 0; i < n; i++) {
            holders.add(tally.holder(i));
        }
        return holders;
    }
}
