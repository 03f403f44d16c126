package flotilla.engine.state;

import java.util.Collection;
import java.util.List;

/**
 * The swarm's store as everything outside the engine sees it: read only. Changes go through the
 * simulator's operations, which log them and let the managers react (see {@code Simulator}).
 */
public interface ClusterView {
    Collection<Node> nodes();

    Node node(String id);

    /** Docker's node reference: full id, hostname, or a unique id prefix; null when none. */
    Node findNode(String ref);

    Collection<Service> services();

    Service service(String id);

    /** Docker's service reference: full id, name, or a unique id prefix; null when none. */
    Service findService(String ref);

    Collection<Task> tasks();

    Task task(String id);

    List<Task> tasksOfService(String serviceId);

    List<Task> tasksOnNode(String nodeId);

    /** Tasks waiting for the scheduler: pending and still desired to run. */
    List<Task> pendingTasks();

    Collection<Network> networks();

    Network findNetwork(String ref);

    Collection<Secret> secrets();

    Secret findSecret(String ref);

    Collection<Config> configs();

    Config findConfig(String ref);
}
