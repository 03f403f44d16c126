package flotilla.docker.command;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Tab completion for a console, like a shell's, read off the command trees: the word under the cursor
 * (the line's last word) is completed from what may stand there: subcommands, flags, or the names a
 * command's arguments or a flag's value take (node hostnames, service names, network names). One
 * candidate completes the word; several complete their common prefix and are listed.
 */
public final class Completion {
    /** Which of the swarm's names an argument or flag value takes. */
    public enum Kind {
        NODES, SERVICES, NETWORKS,
        /** {@code SERVICE=} for `docker service scale`. */
        SERVICE_SCALES,
        /** {@code NODE:} for `sim curl NODE:PORT`. */
        NODE_PORTS,
        /** Any name the swarm knows ({@code echo}). */
        ANY
    }

    /** The names the swarm knows now. */
    public record Names(Collection<String> hostnames, Collection<String> services, Collection<String> networks) {
    }

    /** The line after completion, and the candidates to list when several remain (empty otherwise). */
    public record Result(String line, List<String> candidates) {
    }

    /** The prefix of the first word that addresses one node's engine: {@code @worker1 docker ps}. */
    public static final String NODE_PREFIX = "@";

    private final List<Command> commands;
    private final Command nodeLocal;

    /**
     * @param commands  the trees a line may start with (docker, sim, echo)
     * @param nodeLocal the tree that follows {@code @NODE}
     */
    public Completion(List<Command> commands, Command nodeLocal) {
        this.commands = List.copyOf(commands);
        this.nodeLocal = nodeLocal;
    }

    public Result complete(String line, Names names) {
        int start = line.lastIndexOf(' ') + 1;
        String word = line.substring(start);
        List<String> before = List.of(line.substring(0, start).trim().split("\\s+"));
        if (before.size() == 1 && before.get(0).isEmpty()) {
            before = List.of();
        }
        List<String> matches = new ArrayList<>();
        for (String candidate : candidates(before, word, names)) {
            if (candidate.startsWith(word) && !matches.contains(candidate)) {
                matches.add(candidate);
            }
        }
        if (matches.isEmpty()) {
            return new Result(line, List.of());
        }
        if (matches.size() == 1) {
            String match = matches.get(0);
            boolean open = match.endsWith(":") || match.endsWith("=");
            return new Result(line.substring(0, start) + match + (open ? "" : " "), List.of());
        }
        return new Result(line.substring(0, start) + commonPrefix(matches), matches);
    }

    /** What may stand after {@code before}. */
    private List<String> candidates(List<String> before, String word, Names names) {
        if (before.isEmpty()) {
            List<String> result = new ArrayList<>();
            commands.forEach(c -> result.add(c.name()));
            names.hostnames().forEach(h -> result.add(NODE_PREFIX + h));
            return result;
        }
        String first = before.get(0);
        if (first.startsWith(NODE_PREFIX)) {
            if (before.size() == 1) {
                return List.of(nodeLocal.name());
            }
            return before.get(1).equals(nodeLocal.name())
                    ? below(nodeLocal, before.subList(2, before.size()), word,
                            names)
                    : List.of();
        }
        for (Command c : commands) {
            if (c.name().equals(first)) {
                return below(c, before.subList(1, before.size()), word, names);
            }
        }
        return names(Kind.ANY, names);
    }

    /** What may follow {@code words} below {@code root}. */
    private static List<String> below(Command root, List<String> words, String word, Names names) {
        Command command = root;
        int next = 0;
        while (next < words.size() && !command.subcommands().isEmpty()) {
            command = command.subcommand(words.get(next++));
            if (command == null) {
                return List.of();
            }
        }
        if (!command.subcommands().isEmpty()) {
            return command.subcommands().stream().map(Command::name).toList();
        }
        if (next < words.size()) {
            Flag previous = command.flag(words.get(words.size() - 1));
            if (previous != null && previous.takesValue()) {
                return names(previous.values(), names);
            }
        }
        if (word.startsWith("-")) {
            return command.flags().stream().map(f -> "--" + f.name()).toList();
        }
        return names(command.argumentNames(), names);
    }

    private static List<String> names(Kind kind, Names names) {
        List<String> result = new ArrayList<>();
        if (kind == null) {
            return result;
        }
        switch (kind) {
        case NODES -> result.addAll(names.hostnames());
        case SERVICES -> result.addAll(names.services());
        case NETWORKS -> result.addAll(names.networks());
        case SERVICE_SCALES -> names.services().forEach(s -> result.add(s + "="));
        case NODE_PORTS -> names.hostnames().forEach(h -> result.add(h + ":"));
        case ANY -> {
            result.addAll(names.hostnames());
            result.addAll(names.services());
            result.addAll(names.networks());
        }
        }
        return result;
    }

    private static String commonPrefix(List<String> words) {
        String prefix = words.get(0);
        for (String w : words) {
            int i = 0;
            while (i < prefix.length() && i < w.length() && prefix.charAt(i) == w.charAt(i)) {
                i++;
            }
            prefix = prefix.substring(0, i);
        }
        return prefix;
    }
}
