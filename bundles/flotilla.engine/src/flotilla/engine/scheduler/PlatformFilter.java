package flotilla.engine.scheduler;

import flotilla.engine.state.Platform;
import flotilla.engine.state.Task;
import flotilla.model.text.Architectures;

/** The image's platforms (when known) must include the node's os/arch; x86_64 is amd64, aarch64 is arm64. */
public final class PlatformFilter implements Filter {
    @Override
    public boolean enabled(Task task) {
        return !task.spec().platforms().isEmpty();
    }

    @Override
    public boolean check(Task task, NodeInfo node) {
        Platform actual = node.node.platform();
        for (Platform wanted : task.spec().platforms()) {
            boolean archOk = wanted.arch() == null || wanted.arch().isEmpty()
                    || Architectures.sameForSwarm(wanted.arch(), actual.arch());
            boolean osOk = wanted.os() == null || wanted.os().isEmpty() || wanted.os().equals(actual.os());
            if (archOk && osOk) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String explain(int nodes) {
        return "unsupported platform on " + Filter.nodes(nodes);
    }
}
