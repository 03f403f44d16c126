package flotilla.docker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One case of the fidelity corpus: a docker command script ({@code NAME.docker}) and what the real swarm
 * showed after it ({@code NAME.rec}, written by tests/lab/record-fidelity.sh): the lab's nodes, each
 * line's exit status, and the observation, a section per command with that command's output ("# observe:"
 * lines of the script add commands to it). "# ties: SERVICE..." names services swarm places at random,
 * "# timed: SERVICE..." services whose last update's duration is compared too, and "# history: set" leaves
 * out the shut-down tasks of tied services and, once a node was lost, their running count in service ls
 * (whether a drain or a lost node stops any depends on where swarm put them at random; random scripts say so).
 */
public record FidelityCase(String name, Path dir, List<String> lines, Set<String> ties, boolean historyAsSet,
        Set<String> timed, List<String> nodes, List<Integer> exitStatuses, Map<String, List<String>> observation) {

    /** The lab's image, which the scripts call $IMAGE. */
    static final String IMAGE = "127.0.0.1:5999/flotilla/busybox:lab";
    static final String SECTION = "### ";

    /** Reads {@code NAME.docker} and its recording {@code NAME.rec} beside it. */
    public static FidelityCase read(Path script) throws IOException {
        String name = script.getFileName().toString().replaceFirst("\\.docker$", "");
        List<String> lines = new ArrayList<>();
        Set<String> ties = new TreeSet<>();
        Set<String> timed = new TreeSet<>();
        boolean historyAsSet = false;
        for (String line : Files.readAllLines(script)) {
            String text = line.strip();
            if (text.equals("# history: set")) {
                historyAsSet = true;
            } else if (text.startsWith("# ties:")) {
                ties.addAll(List.of(text.substring("# ties:".length()).strip().split("\\s+")));
            } else if (text.startsWith("# timed:")) {
                timed.addAll(List.of(text.substring("# timed:".length()).strip().split("\\s+")));
            } else if (!text.isEmpty() && !text.startsWith("#")) {
                lines.add(text.replace("$IMAGE", IMAGE));
            }
        }
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        Path recording = script.resolveSibling(name + ".rec");
        for (String line : Files.readAllLines(recording)) {
            if (line.startsWith(SECTION)) {
                current = new ArrayList<>();
                sections.put(line.substring(SECTION.length()), current);
            } else if (current != null && !line.isEmpty()) {
                current.add(line);
            }
        }
        List<String> nodes = sections.remove("nodes");
        List<String> exit = sections.remove("exit");
        if (nodes == null || exit == null) {
            throw new IOException(recording + ": no nodes or exit section; record it again");
        }
        List<Integer> statuses = new ArrayList<>();
        for (String status : exit.isEmpty() ? new String[0] : exit.get(0).split(" ")) {
            statuses.add(Integer.parseInt(status));
        }
        return new FidelityCase(name, script.getParent(), lines, ties, historyAsSet, timed, nodes, statuses, sections);
    }
}
