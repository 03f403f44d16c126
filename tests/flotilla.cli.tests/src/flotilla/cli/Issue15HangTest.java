package flotilla.cli;

import static flotilla.cli.Cli.flotilla;
import static flotilla.cli.Reliability.assertFailsCleanly;
import static flotilla.cli.Reliability.assertNoTrace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import flotilla.model.examples.ExampleClusters;
import flotilla.model.persistence.Models;

/** Issue 15, item 3: a daemon that accepts and never answers, or answers garbage, ends the command with a message. */
class Issue15HangTest {

    @TempDir
    Path folder;

    private final List<AutoCloseable> open = new CopyOnWriteArrayList<>();

    @AfterEach
    void closeDaemons() throws Exception {
        for (AutoCloseable closeable : open) {
            closeable.close();
        }
    }

    /** A fake daemon: accepts every connection, reads the request, then answers {@code answer} (null: never). */
    private String daemon(ServerSocketChannel server, String address, byte[] answer) {
        open.add(server);
        Thread thread = new Thread(() -> {
            try {
                while (true) {
                    SocketChannel connection = server.accept();
                    open.add(connection);
                    connection.read(ByteBuffer.allocate(65536));
                    if (answer != null) {
                        connection.write(ByteBuffer.wrap(answer));
                        connection.close();
                    }
                }
            } catch (IOException closed) {
                // the test is over
            }
        }, "fake-daemon");
        thread.setDaemon(true);
        thread.start();
        return address;
    }

    private String unixDaemon(byte[] answer) throws IOException {
        Path socket = folder.resolve("docker.sock");
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        return daemon(server, "unix://" + socket, answer);
    }

    private String tcpDaemon(byte[] answer) throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        return daemon(server, "tcp://127.0.0.1:" + ((InetSocketAddress) server.getLocalAddress()).getPort(), answer);
    }

    private Path model() throws IOException {
        Path model = folder.resolve("tutorial.flotilla");
        Models.save(ExampleClusters.swarmTutorial(), model);
        return model;
    }

    /** Runs a command that must give up within its timeouts (1 s each here) plus a margin. */
    private static Cli.Run givesUp(String... args) {
        long start = System.nanoTime();
        Cli.Run run = flotilla(args);
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertTrue(seconds < 15, "gave up after " + seconds + " s");
        assertNoTrace(run);
        return run;
    }

    @Test
    void deployDiffAndImportGiveUpOnAUnixSocketThatNeverAnswers() throws Exception {
        String host = unixDaemon(null);
        String model = model().toString();

        Cli.Run deploy = givesUp("deploy", model, "--host", host, "--connect-timeout", "1s", "--timeout", "1s");
        assertEquals(1, deploy.exitCode());
        assertTrue(deploy.err().contains("no answer within 2s"), deploy.err());
        assertTrue(deploy.err().contains(host), deploy.err());

        Cli.Run diff = givesUp("diff", model, "--host", host, "--connect-timeout", "1s", "--timeout", "1s");
        assertEquals(DiffCommand.CANNOT_COMPARE, diff.exitCode());
        assertTrue(diff.err().contains("no answer within 2s"), diff.err());

        Path imported = folder.resolve("live.flotilla");
        Cli.Run live = givesUp("import", "--host", host, "-o", imported.toString(), "--connect-timeout", "1",
                "--timeout", "1");
        assertEquals(1, live.exitCode());
        assertTrue(live.err().contains("no answer within 2s"), live.err());
        assertTrue(Files.notExists(imported));
    }

    @Test
    void theEnvironmentOrDockersDefaultsApplyWithoutOptions() throws Exception {
        assertEquals("32s", flotilla.deploy.engine.Timeouts.format(flotilla.deploy.engine.Timeouts.DEFAULT.connect()));
        assertEquals("60s", flotilla.deploy.engine.Timeouts.format(flotilla.deploy.engine.Timeouts.DEFAULT.read()));
        Cli.Run bad = givesUp("deploy", model().toString(), "--host", unixDaemon(null), "--timeout", "soon");
        assertFailsCleanly(bad);
        assertTrue(bad.err().contains("invalid timeout 'soon'"), bad.err());
    }

    @Test
    void aLoopbackDaemonThatNeverAnswersIsGivenUpOnToo() throws Exception {
        Cli.Run deploy = givesUp("deploy", model().toString(), "--host", tcpDaemon(null), "--connect-timeout", "1s",
                "--timeout", "1s");
        assertEquals(1, deploy.exitCode());
        // TCP has a read timeout of its own, which ends the wait first (1 s); a unix socket has only the deadline.
        assertTrue(deploy.err().contains("no answer within 1s (--timeout or FLOTILLA_TIMEOUT waits longer)"),
                deploy.err());
    }

    @Test
    void aDaemonAnsweringGarbageIsReportedNotTraced() throws Exception {
        byte[] garbage = "\u0000\u00ff garbage, not HTTP\r\n\r\n{{{".getBytes(StandardCharsets.ISO_8859_1);
        Cli.Run deploy = givesUp("deploy", model().toString(), "--host", unixDaemon(garbage), "--timeout", "2s");
        assertFailsCleanly(deploy);
        assertTrue(deploy.err().contains("Docker daemon at unix://"), deploy.err());

        byte[] notJson = "HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nContent-Length: 9\r\n\r\nnot json!"
                .getBytes(StandardCharsets.ISO_8859_1);
        Cli.Run diff = givesUp("diff", model().toString(), "--host", tcpDaemon(notJson), "--timeout", "2s");
        assertEquals(DiffCommand.CANNOT_COMPARE, diff.exitCode(), diff.err());
        assertTrue(diff.err().startsWith("Error: "), diff.err());
    }

    @Test
    void badTlsMaterialNamesTheFile() throws Exception {
        Path tls = Files.createDirectory(folder.resolve("tls"));
        Files.writeString(tls.resolve("ca.pem"),
                "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n");
        Files.writeString(tls.resolve("cert.pem"), "x");
        Files.writeString(tls.resolve("key.pem"), "x");

        Cli.Run deploy = givesUp("deploy", model().toString(), "--host", "tcp://127.0.0.1:1", "--tls-dir",
                tls.toString());

        assertFailsCleanly(deploy);
        assertTrue(deploy.err().contains("TLS: " + tls.resolve("ca.pem") + ": not a PEM certificate"), deploy.err());
    }
}
