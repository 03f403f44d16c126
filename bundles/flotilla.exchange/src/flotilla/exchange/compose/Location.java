package flotilla.exchange.compose;

import java.nio.file.Path;

import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/** Where in a compose file something is: snakeyaml's 0-based marks turned into 1-based lines and columns. */
record Location(int line, int column) {
    static Location of(Node node) {
        return node.getStartMark().map(Location::of).orElse(new Location(0, 0));
    }

    static Location of(Mark mark) {
        return new Location(mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** The location {@code offset} characters into a single-line scalar, for errors inside a value. */
    Location plus(int offset) {
        return new Location(line, column + offset);
    }
}
