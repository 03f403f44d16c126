package flotilla.deploy.hosts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ClientChannel;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.KnownHostsServerKeyVerifier;
import org.apache.sshd.client.keyverifier.RejectAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.keyprovider.FileKeyPairProvider;

import flotilla.deploy.engine.EngineException;

/**
 * Commands run on one host over SSH (Apache MINA SSHD): key authentication only, and the host's key
 * checked against a known_hosts file, an unknown or changed key refused, as {@code StrictHostKeyChecking yes}.
 */
public final class SshHost implements AutoCloseable {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(120);

    private final String target;
    private final SshClient client;
    private final ClientSession session;

    private SshHost(String target, SshClient client, ClientSession session) {
        this.target = target;
        this.client = client;
        this.session = session;
    }

    /** Connects as {@code user@host:port} with the private key in {@code identity}. */
    public static SshHost connect(String user, String host, int port, Path identity, Path knownHosts)
            throws EngineException {
        String target = "ssh://" + user + "@" + host + (port == 22 ? "" : ":" + port);
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(new KnownHostsServerKeyVerifier(RejectAllServerKeyVerifier.INSTANCE, knownHosts));
        client.setKeyIdentityProvider(new FileKeyPairProvider(identity));
        client.start();
        try {
            ClientSession session = client.connect(user, host, port).verify(CONNECT_TIMEOUT).getSession();
            try {
                session.auth().verify(CONNECT_TIMEOUT);
            } catch (IOException | RuntimeException e) {
                session.close(true);
                throw e;
            }
            return new SshHost(target, client, session);
        } catch (IOException | RuntimeException e) {
            client.stop();
            throw new EngineException("Cannot connect to " + target + ": " + message(e)
                    + " (host keys are checked against " + knownHosts + ", the key is " + identity + ")", e);
        }
    }

    /** Runs {@code command} and returns its standard output; a non-zero exit fails with its standard error. */
    public String run(String command) throws EngineException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (ClientChannel channel = session.createExecChannel(command)) {
            channel.setOut(out);
            channel.setErr(err);
            channel.open().verify(CONNECT_TIMEOUT);
            channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), COMMAND_TIMEOUT);
            Integer status = channel.getExitStatus();
            if (status == null || status != 0) {
                String reason = err.toString(StandardCharsets.UTF_8).strip();
                throw new EngineException(target + ": '" + command + "' failed"
                        + (status == null ? " (no exit status)" : " (exit " + status + ")")
                        + (reason.isEmpty() ? "" : ": " + reason));
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EngineException(target + ": '" + command + "': " + message(e), e);
        }
    }

    public String target() {
        return target;
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (IOException e) {
            // Closing a session that is going away anyway.
        }
        client.stop();
    }
}
