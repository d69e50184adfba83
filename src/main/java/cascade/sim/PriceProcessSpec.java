package cascade.sim;

/**
 * The price process beyond each symbol's own volatility: the volatility regime (what makes calm and wild
 * days), market-wide jumps (what makes symbols and their liquidations move together in a crash) and
 * short-lived microstructure noise (what makes a quiet bar still wiggle through nearby liquidation levels).
 *
 * @param volOfVol stationary standard deviation of the log of the market-wide volatility multiplier
 * @param volHalfLifeHours how fast the market volatility regime reverts to normal
 * @param idioVolOfVol the same for each symbol's own volatility multiplier
 * @param idioVolHalfLifeHours the same for each symbol's own volatility multiplier
 * @param jumpsPerDay rate of market-wide jumps (news, crashes); each symbol takes its beta share
 * @param jumpScalePct mean absolute size of a market-wide jump, percent (Laplace distributed)
 * @param jumpDownShare probability that a jump is down
 * @param idioJumpsPerDay rate of each symbol's own jumps (half the market jump size)
 * @param microNoisePct standard deviation of the mean-reverting microstructure noise, percent of price, at
 *     normal volatility (it scales with the volatility regime)
 * @param microNoiseHalfLifeSec how fast that noise reverts
 */
public record PriceProcessSpec(double volOfVol, double volHalfLifeHours, double idioVolOfVol,
        double idioVolHalfLifeHours, double jumpsPerDay, double jumpScalePct, double jumpDownShare,
        double idioJumpsPerDay, double microNoisePct, double microNoiseHalfLifeSec) {

    public static PriceProcessSpec defaults() {
        return new PriceProcessSpec(0.4, 36, 0.3, 6, 1.0, 0.7, 0.55, 1.0, 0.05, 120);
    }

    void check(ConfigCheck c) {
        c.range("volOfVol", volOfVol, 0.0, 2.0);
        c.range("volHalfLifeHours", volHalfLifeHours, 0.01, 10_000.0);
        c.range("idioVolOfVol", idioVolOfVol, 0.0, 2.0);
        c.range("idioVolHalfLifeHours", idioVolHalfLifeHours, 0.01, 10_000.0);
        c.range("jumpsPerDay", jumpsPerDay, 0.0, 1000.0);
        c.range("jumpScalePct", jumpScalePct, 0.0, 50.0);
        c.range("jumpDownShare", jumpDownShare, 0.0, 1.0);
        c.range("idioJumpsPerDay", idioJumpsPerDay, 0.0, 1000.0);
        c.range("microNoisePct", microNoisePct, 0.0, 10.0);
        c.range("microNoiseHalfLifeSec", microNoiseHalfLifeSec, 0.1, 1e6);
    }
}
