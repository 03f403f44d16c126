package flotilla.engine.state;

/** A published port; {@code published == 0} asks swarm to pick one from the dynamic range. */
public record PublishedPort(int target, int published, String protocol, PublishMode mode) {

    public PublishedPort withPublished(int port) {
        return new PublishedPort(target, port, protocol, mode);
    }

    /** As `docker service ls` prints it: {@code *:8080->80/tcp}. */
    @Override
    public String toString() {
        return "*:" + published + "->" + target + "/" + protocol;
    }
}
