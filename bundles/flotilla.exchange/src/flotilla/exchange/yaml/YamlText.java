package flotilla.exchange.yaml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.representer.StandardRepresenter;

/**
 * Writes maps, lists, strings, numbers and booleans as block-style YAML that both YAML 1.2 readers and the docker
 * CLI's YAML 1.1 reader read back as the same values: a string is left unquoted only when it is a plain word that
 * no YAML version takes for a number, a boolean or null ({@code yes}, {@code on}, {@code 0444}, {@code 8080:80} are
 * quoted).
 */
public final class YamlText {
    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z_/][-A-Za-z0-9_./]*");

    private static final Set<String> YAML_1_1_WORDS = Set.of("y", "n", "yes", "no", "on", "off", "true", "false",
            "null");

    private YamlText() {
    }

    /** One YAML document. */
    public static String write(Object document) {
        return dump().dumpToString(document);
    }

    /** Several documents separated by {@code ---}. */
    public static String writeAll(List<?> documents) {
        return dump().dumpAllToString(documents.iterator());
    }

    /** A mapping with the given keys and values, alternating, in that order: documents come out as they are built. */
    public static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static Dump dump() {
        DumpSettings settings = DumpSettings.builder()
                .setDefaultFlowStyle(FlowStyle.BLOCK)
                .setIndent(2)
                .setIndicatorIndent(2)
                .setIndentWithIndicator(true)
                .setWidth(Integer.MAX_VALUE)
                .build();
        return new Dump(settings, new Representer(settings));
    }

    private static final class Representer extends StandardRepresenter {
        Representer(DumpSettings settings) {
            super(settings);
            representers.put(String.class, data -> representScalar(Tag.STR, (String) data, style((String) data)));
        }

        private static ScalarStyle style(String text) {
            boolean plain = PLAIN_WORD.matcher(text).matches()
                    && !YAML_1_1_WORDS.contains(text.toLowerCase(Locale.ROOT));
            return plain ? ScalarStyle.PLAIN : ScalarStyle.DOUBLE_QUOTED;
        }
    }
}
