package flotilla.engine.state;

public record UpdateStatus(UpdateState state, String message, long startedAt, long completedAt) {
}
