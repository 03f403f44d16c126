package flotilla.exchange.compose;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A YAML mapping of a compose file that remembers which keys the import read, so that {@link #finish} can warn about
 * every other one: nothing is dropped silently. Merge keys ({@code <<: *anchor}) are applied, explicit keys winning;
 * a key written twice is an error. Keys starting with {@code x-} are extensions and never warned about.
 */
final class YamlMap {
    /** One entry, with the key's node for locating messages about the key itself. */
    record Entry(String key, Node keyNode, Node value) {
    }

    private final ComposeSource source;

    private final Node node;

    private final String path;

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    private final Set<String> read = new HashSet<>();

    YamlMap(ComposeSource source, Node node, String path) throws ComposeException {
        this.source = source;
        this.node = node;
        this.path = path;
        if (node instanceof MappingNode mapping) {
            Map<String, Entry> merged = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                String key = key(tuple.getKeyNode());
                if ("<<".equals(key)) {
                    merge(tuple.getValueNode(), merged);
                } else if (entries.putIfAbsent(key, new Entry(key, tuple.getKeyNode(), tuple.getValueNode())) != null) {
                    throw source.error(tuple.getKeyNode(),
                            "duplicate key '" + key + "' in " + describe() + " (first at line "
                                    + Location.of(entries.get(key).keyNode()).line() + ")");
                }
            }
            merged.forEach(entries::putIfAbsent);
        }
    }

    private String key(Node keyNode) throws ComposeException {
        if (keyNode instanceof ScalarNode scalar && !ComposeSource.isNull(keyNode)) {
            return scalar.getValue();
        }
        throw source.error(keyNode, "a key in " + describe() + " must be a string, not " + ComposeSource.kind(keyNode));
    }

    private void merge(Node value, Map<String, Entry> merged) throws ComposeException {
        List<Node> sources = value instanceof SequenceNode sequence ? sequence.getValue() : List.of(value);
        for (Node mergedNode : sources) {
            if (!(mergedNode instanceof MappingNode)) {
                throw source.error(mergedNode,
                        "a merge key (<<) in " + describe() + " takes a mapping or a list of mappings");
            }
            for (Entry entry : new YamlMap(source, mergedNode, path).entries.values()) {
                merged.putIfAbsent(entry.key(), entry);
            }
        }
    }

    private String describe() {
        return path.isEmpty() ? "the file" : path;
    }

    Node node() {
        return node;
    }

    String path() {
        return path;
    }

    String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** The value of {@code key}, or null when absent, without marking it read. */
    Node peek(String key) {
        Entry entry = entries.get(key);
        return entry == null ? null : entry.value();
    }

    /** The value of {@code key}, or null when absent; marks the key as read. */
    Node get(String key) {
        read.add(key);
        Entry entry = entries.get(key);
        return entry == null ? null : entry.value();
    }

    /** All entries in file order, extensions left out; marks them all as read. */
    List<Entry> entries() {
        List<Entry> result = new ArrayList<>();
        for (Entry entry : entries.values()) {
            read.add(entry.key());
            if (!entry.key().startsWith("x-")) {
                result.add(entry);
            }
        }
        return result;
    }

    /** How a value is read from its node; {@code path} names it in messages. */
    @FunctionalInterface
    interface Reader<T> {
        T read(Node value, String path) throws ComposeException;
    }

    /** The value of {@code key} read by {@code reader}, or null when absent. */
    <T> T read(String key, Reader<T> reader) throws ComposeException {
        Node value = get(key);
        return value == null ? null : reader.read(value, path(key));
    }

    String string(String key) throws ComposeException {
        return read(key, source::string);
    }

    Integer integer(String key) throws ComposeException {
        return read(key, source::integer);
    }

    Double decimal(String key) throws ComposeException {
        return read(key, source::decimal);
    }

    Integer fileMode(String key) throws ComposeException {
        return read(key, source::fileMode);
    }

    boolean bool(String key) throws ComposeException {
        return Boolean.TRUE.equals(read(key, source::bool));
    }

    Long duration(String key) throws ComposeException {
        return read(key, source::duration);
    }

    Long bytes(String key) throws ComposeException {
        return read(key, source::bytes);
    }

    Long nanoCPUs(String key) throws ComposeException {
        return read(key, source::nanoCPUs);
    }

    /** A nested mapping; null when absent. */
    YamlMap map(String key) throws ComposeException {
        return read(key, source::map);
    }

    /** The items of a list; none when absent. */
    List<ComposeSource.Item> items(String key) throws ComposeException {
        List<ComposeSource.Item> items = read(key, source::items);
        return items == null ? List.of() : items;
    }

    List<String> strings(String key, boolean splitString) throws ComposeException {
        List<String> strings = read(key, (value, path) -> source.strings(value, path, splitString));
        return strings == null ? List.of() : strings;
    }

    /**
     * Ends the reading of a mapping docker's schema closes: a key neither read nor named in {@code reasons} is refused
     * with docker stack deploy's own words; a key in {@code reasons} (known, but not kept) is warned about with its
     * reason.
     */
    void finish(Map<String, String> reasons) throws ComposeException {
        for (Entry entry : unread()) {
            String reason = reasons.get(entry.key());
            if (reason == null) {
                throw source.error(entry.keyNode(),
                        schemaPath() + " Additional property " + entry.key() + " is not allowed");
            }
            source.warn(entry.keyNode(), path(entry.key()) + " " + reason + "; left out");
        }
    }

    /** Ends the reading of a mapping docker's schema leaves open: every key not read is warned about. */
    void finishOpen(Map<String, String> reasons) {
        for (Entry entry : unread()) {
            String reason = reasons.get(entry.key());
            source.warn(entry.keyNode(),
                    reason == null
                            ? "unknown key '" + entry.key() + "' in " + describe() + "; left out"
                            : path(entry.key()) + " " + reason + "; left out");
        }
    }

    private List<Entry> unread() {
        return entries.values().stream().filter(entry -> !read.contains(entry.key()) && !entry.key().startsWith("x-"))
                .toList();
    }

    /** The path as docker's schema validation spells it: {@code (root)}, {@code services.web.ports.0}. */
    String schemaPath() {
        return path.isEmpty() ? "(root)" : path.replaceAll("\\[(\\d+)\\]", ".$1");
    }
}
