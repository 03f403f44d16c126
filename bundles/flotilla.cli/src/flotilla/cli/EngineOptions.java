package flotilla.cli;

import java.nio.file.Path;

import flotilla.deploy.engine.Engine;
import flotilla.deploy.engine.EngineException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** How deploy, diff and live import reach a swarm manager: {@code --host} and {@code --tls-dir}, as docker's. */
final class EngineOptions {

    @Option(names = {"-H",
            "--host"}, required = true, paramLabel = "URL", description = "The swarm manager's daemon: unix:///PATH or tcp://HOST:PORT.")
    String host;

    @Option(names = "--tls-dir", paramLabel = "DIR", description = "Connect with TLS, using ca.pem, cert.pem and key.pem from DIR (as docker --tlsverify).")
    Path tlsDir;

    @Mixin
    TimeoutOptions timeouts = new TimeoutOptions();

    Engine connect() throws EngineException {
        return Engine.connect(host, tlsDir, timeouts.timeouts());
    }
}
