package flotilla.engine.state;

/** A task's (or service VIP's) place on a network: the address given to it in that network's subnet. */
public record NetworkAttachment(Network network, String address) {
}
