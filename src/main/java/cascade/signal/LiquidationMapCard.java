package cascade.signal;

import cascade.map.LiquidationMap;
import cascade.map.MapConfig;
import cascade.map.NearbyLiquidations;
import cascade.state.SymbolState;

/**
 * Liquidation map: price is drawn towards the larger pool of nearby estimated liquidations. Short
 * liquidations stacked above the price are buy-stops waiting to be triggered (a squeeze up hunts them),
 * long liquidations below are sell-stops (a flush down hunts them).
 * <p>
 * From the symbol's {@link LiquidationMap}, within {@code distance} (a fraction of the price, e.g. 3 %)
 * on each side: S = short-liquidation USD above, L = long-liquidation USD below, and the same weighted by
 * closeness, S' = Σ usd·(1 − d/distance) above, L' likewise below (d = a level's distance as a fraction of
 * the price). Then
 * <pre>
 *   score = (S' − L') / (S + L)      + when more (and nearer) short liquidations lie above
 *   strength = |score|,  value = S / (S + L)  (0.5 balanced)
 * </pre>
 * A lone cluster at distance d scores ±(1 − d/distance): full pull at the price, none at the edge. The
 * ratio makes the card blind to the symbol's size. The map is a stock, not a flow, so every window reads
 * the same. No reading while the map is empty (no open-interest rise seen, or all levels crossed) or has
 * seen fewer than {@code minOiSamples} open-interest observations.
 */
public final class LiquidationMapCard implements Card {
    public static final String NAME = "liquidation-map";

    private final MapConfig mapConfig;
    private final double distance;
    private final int minOiSamples;
    private final NearbyLiquidations nearby = new NearbyLiquidations();

    /**
     * @param mapConfig the map settings this card was tuned with; the run builds every symbol's map with them
     * @param distance how far from the price clusters pull, as a fraction of the price, in (0, 1)
     * @param minOiSamples open-interest observations the map must have seen before the card reads it (≥ 2:
     *     the first is only the baseline)
     */
    public LiquidationMapCard(MapConfig mapConfig, double distance, int minOiSamples) {
        if (!(distance > 0 && distance < 1)) {
            throw new IllegalArgumentException("distance must be in (0, 1), was " + distance);
        }
        if (minOiSamples < 2) {
            throw new IllegalArgumentException("minOiSamples must be at least 2, was " + minOiSamples);
        }
        this.mapConfig = mapConfig;
        this.distance = distance;
        this.minOiSamples = minOiSamples;
    }

    @Override
    public String name() {
        return NAME;
    }

    public MapConfig mapConfig() {
        return mapConfig;
    }

    public double distance() {
        return distance;
    }

    public int minOiSamples() {
        return minOiSamples;
    }

    @Override
    public void evaluate(SymbolState s, long nowMs, Window w, Reading out) {
        LiquidationMap map = s.liquidationMap;
        if (map.isEmpty()) {
            out.none("map empty");
            return;
        }
        if (map.oiSamples() < minOiSamples) {
            out.none("map warming up");
            return;
        }
        map.nearby(map.lastPrice(), distance, nearby);
        double total = nearby.shortAbove + nearby.longBelow;
        if (total <= 0) {
            out.set(0, 0, 1, Double.NaN, "no clusters nearby");
            return;
        }
        double score = (nearby.shortPull - nearby.longPull) / total;
        String note = score > 0 ? "short liquidations above" : score < 0 ? "long liquidations below" : "balanced";
        out.set(score, Math.abs(score), 1, nearby.shortAbove / total, note);
    }
}
