package flotilla.engine.state;

public record Platform(String os, String arch) {
}
