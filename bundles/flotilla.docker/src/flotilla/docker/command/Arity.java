package flotilla.docker.command;

import java.util.List;

/** How many positional arguments a command takes, checked with Cobra's (docker/cli's) messages. */
public record Arity(int min, int max) {
    private static final int UNBOUNDED = Integer.MAX_VALUE;
    public static final Arity NONE = new Arity(0, 0);
    public static final Arity ANY = new Arity(0, UNBOUNDED);

    public static Arity exactly(int count) {
        return new Arity(count, count);
    }

    public static Arity atLeast(int count) {
        return new Arity(count, UNBOUNDED);
    }

    public static Arity atMost(int count) {
        return new Arity(0, count);
    }

    void check(Command command, List<String> args) {
        int n = args.size();
        if (n >= min && n <= max) {
            return;
        }
        String problem;
        if (max == 0) {
            problem = "accepts no arguments";
        } else if (min == max) {
            problem = "requires exactly " + arguments(min);
        } else if (max == UNBOUNDED) {
            problem = "requires at least " + arguments(min);
        } else if (min == 0) {
            problem = "requires at most " + arguments(max);
        } else {
            problem = "requires at least " + min + " and at most " + arguments(max);
        }
        throw new CommandException("\"" + command.path() + "\" " + problem + ".\nSee '" + command.path()
                + " --help'.\n\nUsage:  " + command.useLine());
    }

    private static String arguments(int count) {
        return count + (count == 1 ? " argument" : " arguments");
    }
}
