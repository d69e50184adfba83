package cascade.sim;

/**
 * How the leveraged population behaves: how long positions live, which side new positions take and how
 * large they are.
 *
 * @param holdingHoursAt10x mean time before a 10× position is closed voluntarily (exponential)
 * @param holdingExponent holding time scales as (10/leverage)^exponent, so high-leverage gamblers churn
 *     within the hour while low-leverage holders stay for days
 * @param momentumSensitivity how strongly new positions chase the last hour's move (0 = not at all)
 * @param momentumHalfLifeMinutes the memory of that move
 * @param crowdingAversion how strongly new positions avoid the crowded side (the one paying funding)
 * @param longBias extra probability that a new position is long
 * @param sentimentSd standard deviation of a slowly drifting extra probability of going long (bullish and
 *     bearish spells that crowd one side, independent of the price)
 * @param sentimentHalfLifeHours how long such a spell lasts
 * @param sizeTailAlpha Pareto tail index of position notional (smaller = heavier tail, must exceed 1)
 * @param marginSpread log-normal spread of a position's margin around what its leverage implies (cross-margin
 *     wallets, top-ups, partial losses): liquidation distances form a continuum instead of one line per
 *     leverage, down to a few basis points from the price
 * @param volAdaptation how far traders scale their margin with the volatility regime: margin × vol^this
 *     (0 = not at all; 1 = liquidation distances proportional to volatility, levering up in calm markets)
 * @param warmUpHours the population is built by simulating this long before the start, silently, so the
 *     run begins with positions (and liquidation levels) spread over the recent price history
 */
public record TraderSpec(double holdingHoursAt10x, double holdingExponent, double momentumSensitivity, double momentumHalfLifeMinutes,
        double crowdingAversion, double longBias, double sentimentSd, double sentimentHalfLifeHours,
        double sizeTailAlpha, double marginSpread, double volAdaptation, double warmUpHours) {

    public static TraderSpec defaults() {
        return new TraderSpec(24, 1.5, 0.15, 60, 0.2, 0.0, 0.25, 12, 1.5, 0.2, 0.7, 24);
    }

    /** Mean holding time of a position of the given leverage, seconds. */
    double holdingSeconds(int leverage) {
        return holdingHoursAt10x * 3600 * Math.pow(10.0 / leverage, holdingExponent);
    }

    long warmUpMs() {
        return Math.round(warmUpHours * 3_600_000);
    }

    void check(ConfigCheck c) {
        c.range("holdingHoursAt10x", holdingHoursAt10x, 0.01, 10_000.0);
        c.range("holdingExponent", holdingExponent, 0.0, 4.0);
        c.range("momentumSensitivity", momentumSensitivity, 0.0, 0.5);
        c.range("momentumHalfLifeMinutes", momentumHalfLifeMinutes, 0.1, 100_000.0);
        c.range("crowdingAversion", crowdingAversion, 0.0, 2.0);
        c.range("longBias", longBias, -0.4, 0.4);
        c.range("sentimentSd", sentimentSd, 0.0, 0.5);
        c.range("sentimentHalfLifeHours", sentimentHalfLifeHours, 0.01, 10_000.0);
        c.range("sizeTailAlpha", sizeTailAlpha, 1.05, 10.0);
        c.range("marginSpread", marginSpread, 0.0, 2.0);
        c.range("volAdaptation", volAdaptation, 0.0, 2.0);
        c.range("warmUpHours", warmUpHours, 0.0, 24.0 * 365);
        c.that(warmUpHours == Math.rint(warmUpHours), "warmUpHours", "must be whole hours, was " + warmUpHours);
    }
}
