package flotilla.model.persistence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import flotilla.model.errors.Utf8Files;
import flotilla.model.text.FileException;

/**
 * The first model element of an XML file (inside an {@code xmi:XMI} wrapper if there is one), read without loading
 * the rest: enough to tell a Flotilla model from a foreign file, and which metamodel version wrote it.
 */
record RootElement(String namespace, String name, int line, int column) {
    private static final String XMI_NAMESPACE = "http://www.omg.org/XMI";

    private static final Pattern DECLARED_ENCODING = Pattern
            .compile("\\A\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']+)[\"']");

    static RootElement read(Path file) throws ModelLoadException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        try {
            XMLStreamReader reader = open(factory, file, Files.readAllBytes(file));
            try {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT
                            && !XMI_NAMESPACE.equals(reader.getNamespaceURI())) {
                        return new RootElement(reader.getNamespaceURI(), reader.getLocalName(),
                                reader.getLocation().getLineNumber(),
                                reader.getLocation().getColumnNumber());
                    }
                }
                throw new ModelLoadException(file, 0, 0, "contains no model element", null);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException exception) {
            int line = exception.getLocation() == null ? 0 : exception.getLocation().getLineNumber();
            int column = exception.getLocation() == null ? 0 : exception.getLocation().getColumnNumber();
            throw new ModelLoadException(file, Math.max(line, 0), Math.max(column, 0),
                    "not well-formed XML: " + withoutLocation(exception.getMessage()), exception);
        } catch (IOException exception) {
            throw new ModelLoadException(file, 0, 0, "cannot be read: " + exception.getMessage(), exception);
        }
    }

    /**
     * A UTF-8 file (what Flotilla writes) is decoded here, so a byte that is not UTF-8 is named by line and column; the
     * JDK's StAX would also print a "[Fatal Error]" line to standard error for it.
     */
    private static XMLStreamReader open(XMLInputFactory factory, Path file, byte[] bytes)
            throws XMLStreamException, ModelLoadException {
        Matcher declared = DECLARED_ENCODING.matcher(new String(bytes, 0, Math.min(bytes.length, 200),
                StandardCharsets.ISO_8859_1));
        boolean utf8 = !declared.find() || declared.group(1).toUpperCase(Locale.ROOT).replace("_", "-").equals("UTF-8");
        if (!utf8) {
            return factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
        }
        try {
            String text = Utf8Files.decode(file, bytes);
            return factory
                    .createXMLStreamReader(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text));
        } catch (FileException notUtf8) {
            throw new ModelLoadException(file, notUtf8.line(), notUtf8.column(), notUtf8.reason(), notUtf8);
        }
    }

    /** The JDK's StAX prefixes its messages with "ParseError at [row,col]:[...]\nMessage: ". */
    private static String withoutLocation(String message) {
        int start = message.indexOf("Message: ");
        return start < 0 ? message : message.substring(start + "Message: ".length());
    }
}
