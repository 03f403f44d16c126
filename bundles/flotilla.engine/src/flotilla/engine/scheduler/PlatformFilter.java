package flotilla.engine.scheduler;

import flotilla.engine.state.Platform;
import flotilla.engine.state.Task;
import flotilla.model.text.Architectures;
import java.util.List;

/** The image's platforms (when known) must include the node's os/arch; x86_64 is amd64, aarch64 is arm64. */
public final class PlatformFilter implements Filter {
    private List<Platform> wanted = List.of();

    @Override
    public boolean enabled(Task task) {
        wanted = task.spec().platforms();
        return !wanted.isEmpty();
    }

    @Override
    public boolean check(Task task, NodeInfo node) {
        Platform actual = node.node.platform();
        for (Platform platform : task.spec().platforms()) {
            boolean archOk = platform.arch() == null || platform.arch().isEmpty()
                    || Architectures.sameForSwarm(platform.arch(), actual.arch());
            boolean osOk = platform.os() == null || platform.os().isEmpty() || platform.os().equals(actual.os());
            if (archOk && osOk) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean readsOnlyTheNode() {
        return true;
    }

    @Override
    public Object requirement() {
        return wanted;
    }

    @Override
    public String explain(int nodes) {
        return "unsupported platform on " + Filter.nodes(nodes);
    }
}
