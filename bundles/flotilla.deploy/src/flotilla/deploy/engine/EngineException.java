package flotilla.deploy.engine;

/** A Docker engine that cannot be reached or refuses a request; the message is meant for the user. */
public final class EngineException extends Exception {

    private static final long serialVersionUID = 1L;

    public EngineException(String message) {
        super(message);
    }

    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
