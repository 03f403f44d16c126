package flotilla.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlacementReportTest {
    @Test
    void listsPlacementsAndPendingTasksWithTheirReason() {
        Session s = new Session();
        s.run("""
                docker swarm init
                sim add-node worker1 --label zone=east
                docker service create --name web --replicas 2 nginx
                docker service create --name db --constraint node.labels.zone==west postgres
                """);
        StringBuilder table = new StringBuilder();
        PlacementReport.print(s.sim, table, false);
        // Like Docker's tables, a row whose last cell is empty keeps the padding before it.
        assertEquals("""
                SERVICE   TASK      NODE       REASON
                db        db.1                 no suitable node (scheduling constraints not satisfied on 2 nodes)
                web       web.1     manager1  \s
                web       web.2     worker1   \s
                """, table.toString());
        StringBuilder json = new StringBuilder();
        PlacementReport.print(s.sim, json, true);
        assertTrue(json.toString().contains("""
                        "Service": "db",
                        "Task": "db.1",
                        "Node": "",
                        "Pending": true,
                        "Reason": "no suitable node (scheduling constraints not satisfied on 2 nodes)"
                """), json.toString());
    }
}
