package flotilla.deploy.live;

import com.github.dockerjava.api.exception.DockerException;

import flotilla.deploy.engine.Engine;
import flotilla.deploy.engine.EngineException;

/** docker-java's run-time exceptions as messages a Docker user recognises. */
public final class EngineErrors {

    private EngineErrors() {
    }

    public static EngineException of(Engine engine, RuntimeException e) {
        if (e instanceof DockerException docker) {
            String body = docker.getMessage();
            int at = body.indexOf("\"message\":\"");
            String message = at < 0 ? body : body.substring(at + 11, Math.max(at + 11, body.lastIndexOf('"')));
            return new EngineException("Error response from daemon: " + message.strip(), e);
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new EngineException("Cannot talk to the Docker daemon at " + engine.host() + ": " + root.getMessage(),
                e);
    }
}
