package cascade.map;

/**
 * Settings of a {@link LiquidationMap}.
 *
 * @param tiers the assumed leverage mix and maintenance margin
 * @param bucketFraction price-bucket width as a fraction of the price (0.001 = 0.1 %)
 * @param oiUnit the unit the source counts open interest in
 * @param halfLifeMs age after which a level keeps half its USD (positions get closed for reasons other
 *     than liquidation); 0 = no ageing, levels go only by crossing or falling open interest
 * @param takerSplit how far the taker flow decides the long/short split of an OI change, in [0, 1]: 0 splits
 *     evenly (OI alone), 1 gives longs exactly the taker-buy share of a rise (and of a fall, the taker-sell
 *     share)
 * @param marginSpread log-normal spread (sd) of the margin around each tier's 1/L, in [0, 1): traders top up,
 *     use cross margin or leverages between the tiers, so a tier's levels are smeared over
 *     {@value LeverageTiers#SPREAD_POINTS} quantiles of that spread instead of one price; 0 = one price per tier
 * @param turnover share of the traded USD taken as positions opened and closed again within the interval's
 *     net OI change (churn the net change hides), in [0, 1]: entered like an OI rise at the trades'
 *     volume-weighted price and taker split, then left to the half-life; 0 = net OI changes only
 * @param volAdaptation how far margins follow the volatility regime, in [0, 2]: traders lever up when the
 *     market is calm, so each tier's margin is taken as 1/L · (recent volatility / the map's long-run
 *     volatility)^volAdaptation (recent: a {@value LiquidationMap#VOL_HALF_LIFE_MIN}-minute half-life; long
 *     run: everything the map has seen; the ratio clamped to [¼, 4]); 0 = fixed margins
 */
public record MapConfig(LeverageTiers tiers, double bucketFraction, OiUnit oiUnit, long halfLifeMs,
        double takerSplit, double marginSpread, double turnover, double volAdaptation) {
    /**
     * The plain map every profile got before the estimate was tuned: tiers 5/10/25/50/100× (10/30/30/20/10 %),
     * mmr 0.4 %, 0.1 % buckets, open interest in coins, no ageing, even split, one price per tier, net OI only.
     * What a profile without a liquidation-map card still gets, so bar backtests are unchanged.
     */
    public static final MapConfig DEFAULT = new MapConfig(LeverageTiers.defaults(), 0.001, OiUnit.COINS, 0);

    /** Half-life of {@link #ESTIMATE}: chosen on simulator seeds 1–3 only. */
    public static final double ESTIMATE_HALF_LIFE_HOURS = 2;
    /** Taker split of {@link #ESTIMATE}: 0, because 0.5 scored lower on the tuning seeds (see docs/simulator.md). */
    public static final double ESTIMATE_TAKER_SPLIT = 0;
    public static final double ESTIMATE_MARGIN_SPREAD = 0.2;
    public static final double ESTIMATE_TURNOVER = 0.1;
    public static final double ESTIMATE_VOL_ADAPTATION = 0.35;

    /**
     * The estimate tuned on simulator seeds 1–3 (never on the seeds it is reported on): tiers
     * {@link LeverageTiers#estimated()}, margins spread log-normally by 0.2 and following the volatility regime
     * with exponent 0.35, 10 % of the traded USD as churn, a 2-hour half-life, an even split. What
     * {@code cascade heatmap} draws and scores by default.
     */
    public static final MapConfig ESTIMATE = new MapConfig(LeverageTiers.estimated(), 0.001, OiUnit.COINS,
            Math.round(ESTIMATE_HALF_LIFE_HOURS * 3_600_000), ESTIMATE_TAKER_SPLIT, ESTIMATE_MARGIN_SPREAD,
            ESTIMATE_TURNOVER, ESTIMATE_VOL_ADAPTATION);

    /**
     * The plain map of these four settings: an even split, one price per tier, net OI changes only, fixed
     * margins (what a strategy profile's liquidation-map card configures today).
     */
    public MapConfig(LeverageTiers tiers, double bucketFraction, OiUnit oiUnit, long halfLifeMs) {
        this(tiers, bucketFraction, oiUnit, halfLifeMs, 0, 0, 0, 0);
    }

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
        if (!(takerSplit >= 0 && takerSplit <= 1)) {
            throw new IllegalArgumentException("taker split must be in [0, 1], was " + takerSplit);
        }
        if (!(marginSpread >= 0 && marginSpread < 1)) {
            throw new IllegalArgumentException("margin spread must be in [0, 1), was " + marginSpread);
        }
        if (!(turnover >= 0 && turnover <= 1)) {
            throw new IllegalArgumentException("turnover must be in [0, 1], was " + turnover);
        }
        if (!(volAdaptation >= 0 && volAdaptation <= 2)) {
            throw new IllegalArgumentException("volatility adaptation must be in [0, 2], was " + volAdaptation);
        }
    }

    /** The same map with another half-life. */
    public MapConfig withHalfLifeMs(long halfLife) {
        return new MapConfig(tiers, bucketFraction, oiUnit, halfLife, takerSplit, marginSpread, turnover, volAdaptation);
    }

    /** The same map with another taker split. */
    public MapConfig withTakerSplit(double split) {
        return new MapConfig(tiers, bucketFraction, oiUnit, halfLifeMs, split, marginSpread, turnover, volAdaptation);
    }

    /** The same map with other tiers. */
    public MapConfig withTiers(LeverageTiers t) {
        return new MapConfig(t, bucketFraction, oiUnit, halfLifeMs, takerSplit, marginSpread, turnover, volAdaptation);
    }

    /** The same map with another margin spread. */
    public MapConfig withMarginSpread(double spread) {
        return new MapConfig(tiers, bucketFraction, oiUnit, halfLifeMs, takerSplit, spread, turnover, volAdaptation);
    }

    /** The same map with another volatility adaptation. */
    public MapConfig withVolAdaptation(double exponent) {
        return new MapConfig(tiers, bucketFraction, oiUnit, halfLifeMs, takerSplit, marginSpread, turnover, exponent);
    }

    /** The same map with another turnover share. */
    public MapConfig withTurnover(double share) {
        return new MapConfig(tiers, bucketFraction, oiUnit, halfLifeMs, takerSplit, marginSpread, share, volAdaptation);
    }

    /**
     * Buckets in the map's ring: twice the farthest tier's distance on each side of the price, so the map
     * can follow the price a long way before it must move, plus the price's own bucket.
     */
    int buckets() {
        return 2 * (int) Math.ceil(2 * tiers.farthestDistance(marginSpread) * marginScaleLimit() / bucketFraction) + 1;
    }

    /** The largest factor volatility adaptation may scale a margin by. */
    double marginScaleLimit() {
        return Math.pow(LiquidationMap.VOL_RATIO_LIMIT, volAdaptation);
    }
}
