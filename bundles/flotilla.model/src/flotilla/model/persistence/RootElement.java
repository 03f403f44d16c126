package flotilla.model.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The first model element of an XML file (inside an {@code xmi:XMI} wrapper if there is one), read without loading
 * the rest: enough to tell a Flotilla model from a foreign file, and which metamodel version wrote it.
 */
record RootElement(String namespace, String name, int line, int column) {
    private static final String XMI_NAMESPACE = "http://www.omg.org/XMI";

    static RootElement read(Path file) throws ModelLoadException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
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

    /** The JDK's StAX prefixes its messages with "ParseError at [row,col]:[...]\nMessage: ". */
    private static String withoutLocation(String message) {
        int start = message.indexOf("Message: ");
        return start < 0 ? message : message.substring(start + "Message: ".length());
    }
}
