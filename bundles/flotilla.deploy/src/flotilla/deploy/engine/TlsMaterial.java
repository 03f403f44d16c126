package flotilla.deploy.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the files of {@code docker --tlsverify} ({@code ca.pem}, {@code cert.pem}, {@code key.pem}) before they are
 * used, so that a missing or broken one is named, rather than surfacing as a TLS library's exception.
 */
final class TlsMaterial {

    private static final Pattern PRIVATE_KEY = Pattern.compile(
            "-----BEGIN ([A-Z ]*)PRIVATE KEY-----([A-Za-z0-9+/=\\s:,-]+?)-----END \\1PRIVATE KEY-----");

    private TlsMaterial() {
    }

    static void check(Path tlsDir) throws EngineException {
        certificate(tlsDir.resolve("ca.pem"));
        certificate(tlsDir.resolve("cert.pem"));
        privateKey(tlsDir.resolve("key.pem"));
    }

    private static void certificate(Path file) throws EngineException {
        readable(file);
        try (InputStream in = Files.newInputStream(file)) {
            if (CertificateFactory.getInstance("X.509").generateCertificates(in).isEmpty()) {
                throw new EngineException("TLS: " + file + ": no PEM certificate in it");
            }
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new EngineException("TLS: " + file + ": not a PEM certificate (" + Engine.rootMessage(e) + ")", e);
        }
    }

    private static void privateKey(Path file) throws EngineException {
        readable(file);
        try {
            Matcher key = PRIVATE_KEY.matcher(Files.readString(file, StandardCharsets.ISO_8859_1));
            if (!key.find()) {
                throw new EngineException("TLS: " + file + ": no PEM private key in it");
            }
            // Encrypted keys carry headers ("Proc-Type: ..."); only the base64 body after them must decode.
            String body = key.group(2).replaceAll("(?m)^[A-Za-z-]+:.*$", "").replaceAll("\\s", "");
            if (body.isEmpty()) {
                throw new EngineException("TLS: " + file + ": the private key is empty");
            }
            Base64.getDecoder().decode(body);
        } catch (IOException | IllegalArgumentException e) {
            throw new EngineException("TLS: " + file + ": not a PEM private key (" + Engine.rootMessage(e) + ")", e);
        }
    }

    private static void readable(Path file) throws EngineException {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new EngineException("TLS: cannot read " + file);
        }
    }
}
