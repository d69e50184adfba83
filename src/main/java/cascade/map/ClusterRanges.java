package cascade.map;

/**
 * Price ranges where a map expects liquidations, in ascending price: range {@code i} is
 * {@code [lows[i], highs[i]]} holding {@code usd[i]} of estimated liquidations.
 */
public record ClusterRanges(double[] lows, double[] highs, double[] usd) {
    public ClusterRanges {
        if (lows.length != highs.length || lows.length != usd.length) {
            throw new IllegalArgumentException("lows, highs and usd must have one entry per range");
        }
    }

    public int count() {
        return lows.length;
    }
}
