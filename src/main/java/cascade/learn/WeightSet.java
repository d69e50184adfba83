package cascade.learn;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Card weights per mode and symbol (the profile's scale, cards in profile order); insertion-ordered. */
public final class WeightSet {
    private final Map<String, Map<String, double[]>> byMode = new LinkedHashMap<>();

    public WeightSet put(String mode, String symbol, double[] weights) {
        byMode.computeIfAbsent(mode, m -> new LinkedHashMap<>()).put(symbol, weights.clone());
        return this;
    }

    /** The weights of a mode and symbol, or null when the set has none. */
    public double[] get(String mode, String symbol) {
        Map<String, double[]> m = byMode.get(mode);
        double[] w = m == null ? null : m.get(symbol);
        return w == null ? null : w.clone();
    }

    public Map<String, Map<String, double[]>> asMap() {
        return Collections.unmodifiableMap(byMode);
    }

    public boolean isEmpty() {
        return byMode.isEmpty();
    }
}
