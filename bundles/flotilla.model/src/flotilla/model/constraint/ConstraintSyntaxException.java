package flotilla.model.constraint;

/**
 * A placement constraint that swarm would reject. {@link #column()} is 1-based, as an editor shows it.
 */
public final class ConstraintSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int column;

    private final String problem;

    public ConstraintSyntaxException(int column, String problem) {
        super("column " + column + ": " + problem);
        this.column = column;
        this.problem = problem;
    }

    public int column() {
        return column;
    }

    /** The message without the column. */
    public String problem() {
        return problem;
    }
}
