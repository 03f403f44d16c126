package flotilla.engine.sim;

import flotilla.engine.defaults.SwarmDefaults;
import flotilla.engine.state.ServiceSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * What a task's container does once started, as far as its command says: {@code true}, {@code false} and
 * {@code exit N} (also as {@code sh -c '...'}) end at once with that exit code; a job's {@code sleep N}
 * ends after N seconds and any other job's command after {@link Simulator#JOB_RUNTIME}; {@code sleep N; exit M}
 * ends with M after N seconds, a service's too. Anything else
 * runs until stopped (a service's {@code sleep 3600} too: the simulated clock does not age containers,
 * so waiting for a swarm to settle never runs into it).
 */
record Workload(int exitCode, long runtimeMillis) {

    /** How the container ends on its own, or null when it runs until stopped. */
    static Workload of(ServiceSpec spec) {
        List<String> words = new ArrayList<>(spec.command());
        words.addAll(spec.args());
        if (words.size() == 3 && List.of("sh", "/bin/sh").contains(words.get(0)) && words.get(1).equals("-c")) {
            String[] statements = words.get(2).split(";");
            if (statements.length == 2) {
                // `sleep N; exit M`: a container meant to end after a while, service or job.
                Workload pause = known(List.of(statements[0].strip().split("\\s+")));
                Workload end = known(List.of(statements[1].strip().split("\\s+")));
                if (pause != null && pause.exitCode == 0 && end != null && end.runtimeMillis == 0) {
                    return new Workload(end.exitCode, pause.runtimeMillis);
                }
            }
            words = List.of(words.get(2).strip().split("\\s+"));
        }
        Workload known = known(words);
        if (known != null && (known.runtimeMillis == 0 || spec.mode().isJob())) {
            return known;
        }
        return spec.mode().isJob() ? new Workload(0, Simulator.JOB_RUNTIME) : null;
    }

    private static Workload known(List<String> words) {
        if (words.size() == 1 && words.get(0).equals("true")) {
            return new Workload(0, 0);
        }
        if (words.size() == 1 && words.get(0).equals("false")) {
            return new Workload(1, 0);
        }
        if (words.size() == 2 && words.get(0).equals("exit") && words.get(1).matches("\\d{1,3}")) {
            return new Workload(Integer.parseInt(words.get(1)) & 0xff, 0);
        }
        if (words.size() == 2 && words.get(0).equals("sleep") && words.get(1).matches("\\d{1,6}")) {
            return new Workload(0, Long.parseLong(words.get(1)) * SwarmDefaults.SECOND);
        }
        return null;
    }
}
