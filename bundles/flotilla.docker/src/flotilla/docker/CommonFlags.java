package flotilla.docker;

import flotilla.docker.command.Flag;
import java.util.List;

/** The flags many docker commands share, with docker's own usage texts (its formatter and flag helpers). */
final class CommonFlags {
    private static final String FORMATTING = "\nRefer to https://docs.docker.com/go/formatting/ for more information "
            + "about formatting output with templates";
    private static final String JSON_AND_TEMPLATE = "'json':             Print in JSON format\n"
            + "'TEMPLATE':         Print output using the given Go template." + FORMATTING;

    static final Flag FILTER = Flag.value("filter", "filter", "Filter output based on conditions provided")
            .shorthand('f');
    /** `--format` of the `ls` commands. */
    static final Flag FORMAT = Flag.value("format", "string", "Format output using a custom template:\n"
            + "'table':            Print output in table format with column headers (default)\n"
            + "'table TEMPLATE':   Print output in table format using the given Go template\n" + JSON_AND_TEMPLATE);
    /** `--format` of the `ps` commands of services and nodes. */
    static final Flag FORMAT_TASKS = Flag.value("format", "string", "Pretty-print tasks using a Go template");
    /** `-f, --format` of the `inspect` commands. */
    static final Flag FORMAT_INSPECT = Flag.value("format", "string", "Format output using a custom template:\n"
            + JSON_AND_TEMPLATE).shorthand('f');
    static final Flag PRETTY = Flag.bool("pretty", "Print the information in a human friendly format");
    static final Flag QUIET_IDS = Flag.bool("quiet", "Only display IDs").shorthand('q');
    static final Flag QUIET_TASKS = Flag.bool("quiet", "Only display task IDs").shorthand('q');
    static final Flag QUIET_PROGRESS = Flag.bool("quiet", "Suppress progress output").shorthand('q');
    static final Flag NO_TRUNC = Flag.bool("no-trunc", "Do not truncate output");
    static final Flag NO_RESOLVE = Flag.bool("no-resolve", "Do not map IDs to Names");
    static final Flag DETACH = Flag.bool("detach", "Exit immediately instead of waiting for the service to converge")
            .shorthand('d');

    /** The flags of an object's `ls`. */
    static final List<Flag> LIST = List.of(FILTER, FORMAT, QUIET_IDS);
    /** The flags of `service ps` and `node ps`. */
    static final List<Flag> TASK_LIST = List.of(FILTER, FORMAT_TASKS, NO_RESOLVE, NO_TRUNC, QUIET_TASKS);
    /** The flags of an object's `inspect`. */
    static final List<Flag> INSPECT = List.of(FORMAT_INSPECT, PRETTY);

    private CommonFlags() {
    }
}
