package cascade.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The variants of a parameter sweep: each {@code --set key=v1,v2,…} is one axis, every combination one
 * variant (the first axis varies slowest). A key names a strategy setting:
 * <ul>
 *   <li>{@code risk.X} — the profile's risk limit X;</li>
 *   <li>{@code CARD.X} — parameter X of that card in every mode that has the card
 *       ({@code capitulation.volumeMultiple});</li>
 *   <li>{@code X} or {@code X.Y} — a mode setting in every mode ({@code entryThreshold}, {@code exit.stop});</li>
 *   <li>{@code MODE.…} — any of the above restricted to the mode of that name ({@code bar.exit.stop}).</li>
 * </ul>
 * Only settings the profile already has can be swept, so a typo is an error naming the key, not a silent
 * no-op. Values are numbers, true/false, or text ({@code 6bar}).
 */
public final class SweepGrid {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    /** One axis: a key and its values in the order given. */
    public record Axis(String key, List<String> values) {
    }

    /** One combination: a value per axis key, in axis order. */
    public record Variant(int number, Map<String, String> settings) {
        /** "volumeMultiple=2 stop=0.04" style label. */
        public String label() {
            StringBuilder b = new StringBuilder();
            settings.forEach((k, v) -> b.append(b.length() == 0 ? "" : " ").append(k).append('=').append(v));
            return b.toString();
        }
    }

    private SweepGrid() {
    }

    /** Parses {@code key=v1,v2,…}. */
    public static Axis axis(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new IllegalArgumentException("--set " + text + ": expected KEY=VALUE,VALUE,… "
                    + "(e.g. capitulation.volumeMultiple=2,3,5)");
        }
        List<String> values = new ArrayList<>();
        for (String v : text.substring(eq + 1).split(",", -1)) {
            if (v.isBlank()) {
                throw new IllegalArgumentException("--set " + text + ": an empty value");
            }
            values.add(v.strip());
        }
        return new Axis(text.substring(0, eq).strip(), List.copyOf(values));
    }

    /** Every combination of the axes' values; the first axis varies slowest. */
    public static List<Variant> variants(List<Axis> axes) {
        List<Map<String, String>> combos = new ArrayList<>();
        combos.add(new LinkedHashMap<>());
        for (Axis axis : axes) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> c : combos) {
                for (String v : axis.values()) {
                    Map<String, String> m = new LinkedHashMap<>(c);
                    if (m.put(axis.key(), v) != null) {
                        throw new IllegalArgumentException("--set " + axis.key() + " is given twice");
                    }
                    next.add(m);
                }
            }
            combos = next;
        }
        List<Variant> out = new ArrayList<>();
        for (int i = 0; i < combos.size(); i++) {
            out.add(new Variant(i + 1, java.util.Collections.unmodifiableMap(combos.get(i))));
        }
        return out;
    }

    /**
     * The profile's YAML with the variant's settings applied (comments are not kept).
     *
     * @throws IllegalArgumentException naming the key when the profile has no such setting
     */
    public static String apply(String profileFile, String profileYaml, Variant variant) throws IOException {
        JsonNode root = YAML.readTree(profileYaml);
        for (Map.Entry<String, String> s : variant.settings().entrySet()) {
            int changed = set((ObjectNode) root, s.getKey(), value(s.getValue()));
            if (changed == 0) {
                throw new IllegalArgumentException("--set " + s.getKey() + ": " + profileFile + " has no such setting"
                        + " (use risk.X, CARD.X, a mode setting such as exit.stop or entryThreshold, or MODE.…)");
            }
        }
        return YAML.writeValueAsString(root);
    }

    private static int set(ObjectNode root, String key, JsonNode value) {
        String[] path = key.split("\\.");
        if (path[0].equals("risk")) {
            return setPath(root, path, 0, value);
        }
        int changed = 0;
        JsonNode modes = root.get("modes");
        if (modes instanceof ArrayNode list) {
            for (JsonNode mode : list) {
                if (!(mode instanceof ObjectNode m)) {
                    continue;
                }
                String[] inMode = path;
                if (path.length > 1 && path[0].equals(m.path("name").asText())) {
                    inMode = java.util.Arrays.copyOfRange(path, 1, path.length);
                } else if (modeNamed(list, path[0])) {
                    continue;
                }
                JsonNode cards = m.get("cards");
                if (inMode.length > 1 && cards != null && cards.has(inMode[0])) {
                    changed += setPath((ObjectNode) cards, inMode, 0, value);
                } else {
                    changed += setPath(m, inMode, 0, value);
                }
            }
        }
        return changed;
    }

    private static boolean modeNamed(ArrayNode modes, String name) {
        for (JsonNode m : modes) {
            if (name.equals(m.path("name").asText())) {
                return true;
            }
        }
        return false;
    }

    /** Sets node[path[i]]…[path[n-1]] when every step but the last exists and the last is a value. */
    private static int setPath(ObjectNode node, String[] path, int i, JsonNode value) {
        JsonNode child = node.get(path[i]);
        if (child == null) {
            return 0;
        }
        if (i == path.length - 1) {
            if (!child.isValueNode()) {
                return 0;
            }
            node.set(path[i], value);
            return 1;
        }
        return child instanceof ObjectNode o ? setPath(o, path, i + 1, value) : 0;
    }

    private static JsonNode value(String text) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (text.equals("true") || text.equals("false")) {
            return f.booleanNode(Boolean.parseBoolean(text));
        }
        if (text.matches("-?\\d+")) {
            return f.numberNode(Long.parseLong(text));
        }
        if (text.matches("-?\\d*\\.\\d+([eE]-?\\d+)?|-?\\d+[eE]-?\\d+")) {
            return f.numberNode(new java.math.BigDecimal(text));
        }
        return f.textNode(text);
    }
}
