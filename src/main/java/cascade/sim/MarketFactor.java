package cascade.sim;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What all symbols share in one step: the common Gaussian shock, the market volatility regime (a
 * mean-reverting log multiplier, so calm and wild days come in runs), market-wide jumps whose rate rises
 * with volatility, and scheduled {@link PriceShock}s.
 */
final class MarketFactor {
    private final SplittableRandom rng;
    private final double volDecay;
    private final double volShock;
    private final double volNorm;
    private final double jumpProbPerStep;
    private final double jumpScale;
    private final double jumpDownShare;
    private final long[] shockTimes;
    private final int[] shockSymbols;
    private final double[] shockReturns;
    private final double[] pendingShock;

    private double logVol;
    private double volMultiplier = 1;
    private double gaussian;
    private double jump;

    /**
     * @param shockSymbolIndex for each shock in {@code config.shocks()}, the symbol index it hits or -1 for all
     */
    MarketFactor(SimConfig config, SplittableRandom rng, int[] shockSymbolIndex) {
        this.rng = rng;
        PriceProcessSpec m = config.market();
        double stepHours = config.stepMs() / 3_600_000.0;
        this.volDecay = Decay.perStep(stepHours, m.volHalfLifeHours());
        this.volShock = Decay.stationaryShock(m.volOfVol(), volDecay);
        this.volNorm = m.volOfVol() * m.volOfVol();
        this.jumpProbPerStep = m.jumpsPerDay() * stepHours / 24;
        this.jumpScale = m.jumpScalePct() / 100;
        this.jumpDownShare = m.jumpDownShare();
        List<PriceShock> shocks = config.shocks();
        shockTimes = new long[shocks.size()];
        shockReturns = new double[shocks.size()];
        shockSymbols = shockSymbolIndex.clone();
        for (int i = 0; i < shocks.size(); i++) {
            shockTimes[i] = shocks.get(i).atMs();
            shockReturns[i] = shocks.get(i).logReturn();
        }
        pendingShock = new double[config.symbols().size()];
        this.logVol = m.volOfVol() * rng.nextGaussian();
    }

    /** Draws the shared part of the step [stepStartMs, stepStartMs + stepMs). */
    void step(long stepStartMs, int stepMs) {
        logVol = volDecay * logVol + volShock * rng.nextGaussian();
        volMultiplier = Math.exp(logVol - volNorm);
        gaussian = rng.nextGaussian();
        jump = 0;
        if (Draws.chance(rng, jumpProbPerStep * volMultiplier * volMultiplier)) {
            double size = jumpScale * rng.nextExponential();
            jump = Draws.chance(rng, jumpDownShare) ? -size : size;
        }
        Arrays.fill(pendingShock, 0);
        for (int i = 0; i < shockTimes.length; i++) {
            if (shockTimes[i] >= stepStartMs && shockTimes[i] < stepStartMs + stepMs) {
                if (shockSymbols[i] < 0) {
                    for (int s = 0; s < pendingShock.length; s++) {
                        pendingShock[s] += shockReturns[i];
                    }
                } else {
                    pendingShock[shockSymbols[i]] += shockReturns[i];
                }
            }
        }
    }

    /** The market's standard-normal shock this step. */
    double gaussian() {
        return gaussian;
    }

    /** Market volatility multiplier, mean square one. */
    double volMultiplier() {
        return volMultiplier;
    }

    /** Log-return of the market-wide jump this step (0 without one). */
    double jump() {
        return jump;
    }

    /** Log-return of scheduled shocks hitting symbol {@code index} this step. */
    double shock(int index) {
        return pendingShock[index];
    }
}
