package flotilla.docker.command;

/** A command failed; the message is printed as Docker would print it (e.g. "Error: No such service: x"). */
public final class CommandException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CommandException(String message) {
        super(message);
    }

    /** Docker's wrapping of an error the managers returned. */
    public static CommandException daemon(String message) {
        return new CommandException("Error response from daemon: " + message);
    }
}
