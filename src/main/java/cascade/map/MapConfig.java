package cascade.map;

/**
 * Settings of a {@link LiquidationMap}.
 *
 * @param tiers the assumed leverage mix and maintenance margin
 * @param bucketFraction price-bucket width as a fraction of the price (0.001 = 0.1 %)
 * @param oiUnit the unit the source counts open interest in
 * @param halfLifeMs age after which a level keeps half its USD (positions get closed for reasons other
 *     than liquidation); 0 = no ageing, levels go only by crossing or falling open interest
 */
public record MapConfig(LeverageTiers tiers, double bucketFraction, OiUnit oiUnit, long halfLifeMs) {
    /** Default tiers, 0.1 % buckets, open interest in coins, no ageing. */
    public static final MapConfig DEFAULT = new MapConfig(LeverageTiers.defaults(), 0.001, OiUnit.COINS, 0);

    public MapConfig {
        if (tiers == null || oiUnit == null) {
            throw new IllegalArgumentException("tiers and open-interest unit are required");
        }
        if (!(bucketFraction >= 0.0001 && bucketFraction <= 0.01)) {
            throw new IllegalArgumentException("bucket width must be in [0.0001, 0.01] of the price, was "
                    + bucketFraction);
        }
        if (halfLifeMs < 0) {
            throw new IllegalArgumentException("half-life must be >= 0 (0 = no ageing), was " + halfLifeMs);
        }
    }

    /**
     * Buckets in the map's ring: twice the farthest tier's distance on each side of the price, so the map
     * can follow the price a long way before it must move, plus the price's own bucket.
     */
    int buckets() {
        return 2 * (int) Math.ceil(2 * tiers.farthestDistance() / bucketFraction) + 1;
    }
}
