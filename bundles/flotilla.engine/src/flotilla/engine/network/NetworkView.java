package flotilla.engine.network;

import flotilla.engine.state.Network;
import java.util.List;

/** What the network allocator tells outside the engine: which networks each node's engine has. */
public interface NetworkView {
    /** The networks `docker network ls` lists on that node, in the order they appeared. */
    List<String> networksOn(String nodeId);

    /** The routing mesh's network, or null before the swarm exists. */
    Network ingress();
}
