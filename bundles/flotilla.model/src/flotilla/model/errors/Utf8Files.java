package flotilla.model.errors;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import flotilla.model.text.FileException;

/**
 * Reads text files that must be UTF-8 (models' scripts, compose files): a byte that is not UTF-8 is reported at its
 * line and column, rather than as the decoder's {@code Input length = 1}.
 */
public final class Utf8Files {
    private Utf8Files() {
    }

    public static String read(Path file) throws IOException, FileException {
        return decode(file, Files.readAllBytes(file));
    }

    /** {@code bytes} as text; {@code file} only names the place of a byte that is not UTF-8. */
    public static String decode(Path file, byte[] bytes) throws FileException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            throw new FileException(file, lineOf(bytes, offset), columnOf(bytes, offset),
                    "invalid UTF-8: byte 0x" + String.format("%02x", bytes[offset] & 0xff) + " at offset " + offset
                            + " (save the file as UTF-8)",
                    null);
        }
        try {
            decoder.flush(out);
        } catch (RuntimeException impossible) {
            throw new FileException(file, 0, 0, "invalid UTF-8", impossible);
        }
        out.flip();
        return out.toString();
    }

    /** Rewords a decoder's exception for {@code file} when no position is known. */
    public static FileException notUtf8(Path file, CharacterCodingException cause) {
        return new FileException(file, 0, 0, "invalid UTF-8 (save the file as UTF-8)", cause);
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Columns count characters, as editors do: the continuation bytes of a character add nothing. */
    private static int columnOf(byte[] bytes, int offset) {
        int column = 1;
        for (int i = offset - 1; i >= 0 && bytes[i] != '\n'; i--) {
            if ((bytes[i] & 0xc0) != 0x80) {
                column++;
            }
        }
        return column;
    }
}
