package cascade.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML/JSON configuration node that knows its file and key path, so every error names both. Reading a
 * map through {@link #finish()} also rejects keys nobody read: a typo is an error, not a silent default.
 */
public final class ConfigNode {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final String file;
    private final String path;
    private final JsonNode node;
    private final Set<String> read = new HashSet<>();

    private ConfigNode(String file, String path, JsonNode node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    /** Parses a YAML (or JSON) file. */
    public static ConfigNode load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(file + ": file not found");
        }
        try {
            return parse(file.toString(), Files.readString(file));
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    public static ConfigNode parse(String fileName, String text) {
        try {
            JsonNode root = YAML.readTree(text);
            if (root == null || !root.isObject()) {
                throw new ConfigException(fileName + ": expected a map of keys at the top level");
            }
            return new ConfigNode(fileName, "", root);
        } catch (IOException e) {
            throw syntaxError(fileName, e);
        }
    }

    /** "FILE:LINE:COLUMN: not valid YAML: problem" with the parser's location, 1-based, when it gives one. */
    private static ConfigException syntaxError(String fileName, IOException e) {
        String where = fileName;
        String problem = e.getMessage();
        if (e.getCause() instanceof MarkedYAMLException m && m.getProblemMark() != null) {
            String context = m.getContext() == null ? "" : " (" + m.getContext()
                    + (m.getContextMark() == null ? "" : " at line " + (m.getContextMark().getLine() + 1)
                            + ", column " + (m.getContextMark().getColumn() + 1)) + ")";
            return new ConfigException(fileName + ":" + (m.getProblemMark().getLine() + 1) + ":"
                    + (m.getProblemMark().getColumn() + 1) + ": not valid YAML: " + m.getProblem() + context, e);
        }
        if (e instanceof JsonProcessingException j) {
            problem = j.getOriginalMessage();
            JsonLocation at = j.getLocation();
            if (at != null && at.getLineNr() > 0) {
                where += ":" + at.getLineNr() + (at.getColumnNr() > 0 ? ":" + at.getColumnNr() : "");
            }
        }
        String first = problem == null ? "" : problem.lines().map(String::strip).filter(l -> !l.isEmpty())
                .findFirst().orElse("");
        return new ConfigException(where + ": not valid YAML: " + first, e);
    }

    public String file() {
        return file;
    }

    public boolean has(String key) {
        JsonNode v = node.get(key);
        return v != null && !v.isNull();
    }

    public ConfigNode child(String key) {
        read.add(key);
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            throw error(key, "is required");
        }
        if (!v.isObject()) {
            throw error(key, "must be a map of keys");
        }
        return new ConfigNode(file, key(key), v);
    }

    /** A child map, or an empty one when absent. */
    public ConfigNode optChild(String key) {
        return has(key) ? child(key) : new ConfigNode(file, key(key), YAML.createObjectNode());
    }

    public List<ConfigNode> list(String key) {
        read.add(key);
        JsonNode v = node.get(key);
        if (v == null || !v.isArray() || v.isEmpty()) {
            throw error(key, "must be a non-empty list");
        }
        List<ConfigNode> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isObject()) {
                throw error(key + "[" + i + "]", "must be a map of keys");
            }
            out.add(new ConfigNode(file, key(key) + "[" + i + "]", v.get(i)));
        }
        return out;
    }

    public List<String> strings(String key) {
        read.add(key);
        JsonNode v = node.get(key);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isTextual()) {
            out.add(v.asText());
            return out;
        }
        if (!v.isArray()) {
            throw error(key, "must be a list of strings");
        }
        for (JsonNode item : v) {
            if (!item.isValueNode()) {
                throw error(key, "must be a list of strings");
            }
            out.add(item.asText());
        }
        return out;
    }

    /** Keys of a map node, in file order (for maps keyed by name, such as cards). */
    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            keys.add(it.next());
        }
        return keys;
    }

    public String string(String key) {
        read.add(key);
        JsonNode v = node.get(key);
        if (v == null || v.isNull() || !v.isValueNode() || v.asText().isBlank()) {
            throw error(key, "is required (text)");
        }
        return v.asText();
    }

    public String string(String key, String dflt) {
        return has(key) ? string(key) : mark(key, dflt);
    }

    public double number(String key, double dflt, double min, double max) {
        read.add(key);
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return dflt;
        }
        if (!v.isNumber()) {
            throw error(key, "must be a number in [" + plain(min) + ", " + plain(max) + "], was '" + v.asText() + "'");
        }
        double d = v.asDouble();
        if (!(d >= min && d <= max)) {
            throw error(key, "must be in [" + plain(min) + ", " + plain(max) + "], was " + v.asText());
        }
        return d;
    }

    public int integer(String key, int dflt, int min, int max) {
        read.add(key);
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return dflt;
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber()) {
            throw error(key, "must be a whole number in [" + min + ", " + max + "], was '" + v.asText() + "'");
        }
        int i = v.asInt();
        if (i < min || i > max) {
            throw error(key, "must be in [" + min + ", " + max + "], was " + i);
        }
        return i;
    }

    public boolean bool(String key, boolean dflt) {
        read.add(key);
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return dflt;
        }
        if (!v.isBoolean()) {
            throw error(key, "must be true or false, was '" + v.asText() + "'");
        }
        return v.asBoolean();
    }

    /** Rejects keys that were never read: they are typos or unsupported options. */
    public void finish() {
        for (String k : keys()) {
            if (!read.contains(k)) {
                throw error(k, "is not a known key here");
            }
        }
    }

    public ConfigException error(String key, String what) {
        return new ConfigException(file + ": " + key(key) + ": " + what);
    }

    private String key(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static String plain(double d) {
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private <T> T mark(String key, T value) {
        read.add(key);
        return value;
    }
}
