package cascade.sim;

import java.util.SplittableRandom;

/**
 * Which side a new position of one symbol takes: the probability of a long leans with the last hour's
 * move (momentum chasing), with a slowly drifting sentiment (bullish and bearish spells that crowd one
 * side independently of the price) and away from the side already crowded (the one paying funding).
 */
final class SideChoice {
    private static final double SECONDS_PER_YEAR = 365.0 * 24 * 3600;

    private final double momentumSensitivity;
    private final double crowdingAversion;
    private final double longBias;
    private final double emaWeight;
    private final double momentumNorm;
    private final double sentimentDecay;
    private final double sentimentShock;
    private double emaPrice;
    private double sentiment;

    SideChoice(TraderSpec t, SymbolSpec spec, double stepSec) {
        double halfLifeSec = t.momentumHalfLifeMinutes() * 60;
        this.momentumSensitivity = t.momentumSensitivity();
        this.crowdingAversion = t.crowdingAversion();
        this.longBias = t.longBias();
        this.emaWeight = 1 - Decay.perStep(stepSec, halfLifeSec);
        this.momentumNorm = spec.annualVol() * Math.sqrt(halfLifeSec / SECONDS_PER_YEAR);
        this.sentimentDecay = Decay.perStep(stepSec, t.sentimentHalfLifeHours() * 3600);
        this.sentimentShock = Decay.stationaryShock(t.sentimentSd(), sentimentDecay);
        this.emaPrice = Double.NaN;
    }

    /** Advances the memory of price and the sentiment by one step. */
    void observe(long price, SplittableRandom rng) {
        emaPrice = Double.isNaN(emaPrice) ? price : emaPrice + emaWeight * (price - emaPrice);
        sentiment = sentimentDecay * sentiment + sentimentShock * rng.nextGaussian();
    }

    /**
     * @param crowding (long − short)/(long + short) open notional
     * @return the probability that a position opened now is long, in [0.05, 0.95]
     */
    double longProbability(long price, double crowding) {
        double momentum = Math.tanh((price / emaPrice - 1) / momentumNorm);
        double p = 0.5 + longBias + sentiment + momentumSensitivity * momentum - crowdingAversion * crowding;
        return Math.max(0.05, Math.min(0.95, p));
    }

    /** The probability of a long with no price history (seeding the population). */
    double neutralLongProbability() {
        return 0.5 + longBias;
    }
}
