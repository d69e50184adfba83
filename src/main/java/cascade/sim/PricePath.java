package cascade.sim;

import java.util.SplittableRandom;

/**
 * The price of one symbol: a jump-diffusion in log price with a clustered volatility (market regime ×
 * own regime), loaded on the common market factor, plus the impact of forced orders and mean-reverting
 * microstructure noise. Impact is split into a permanent part and a dislocation that heals exponentially,
 * so a cascade leaves a wick and part of the move.
 */
final class PricePath {
    private static final double SECONDS_PER_YEAR = 365.0 * 24 * 3600;

    private final double logStart;
    private final double unitsPerPrice;
    private final double sigmaStep;
    private final double beta;
    private final double ownLoading;
    private final double volDecay;
    private final double volShock;
    private final double volNorm;
    private final double idioJumpProb;
    private final double idioJumpScale;
    private final double impactPerUsd;
    private final double permanentShare;
    private final double transientDecay;
    private final double noiseDecay;
    private final double noiseShock;
    private final double noiseScale;

    private double fundamental;
    private double dislocation;
    private double noise;
    private double ownLogVol;
    private double lastStdMove;
    private double volMultiplier = 1;
    private long price;

    PricePath(SimConfig config, SymbolSpec spec, SplittableRandom rng) {
        double stepSec = config.stepMs() / 1000.0;
        PriceProcessSpec m = config.market();
        this.logStart = Math.log(spec.startPrice());
        this.unitsPerPrice = Math.pow(10, spec.priceScale());
        this.sigmaStep = spec.annualVol() * Math.sqrt(stepSec / SECONDS_PER_YEAR);
        this.beta = spec.marketBeta();
        this.ownLoading = Math.sqrt(1 - beta * beta);
        this.volDecay = Decay.perStep(stepSec, m.idioVolHalfLifeHours() * 3600);
        this.volShock = Decay.stationaryShock(m.idioVolOfVol(), volDecay);
        this.volNorm = m.idioVolOfVol() * m.idioVolOfVol();
        this.idioJumpProb = m.idioJumpsPerDay() * stepSec / 86_400;
        this.idioJumpScale = m.jumpScalePct() / 200;
        ImpactSpec impact = config.impact();
        this.impactPerUsd = impact.coefficient() * 0.01 / spec.depthUsdPerPct();
        this.permanentShare = impact.permanentShare();
        this.transientDecay = Decay.perStep(stepSec, impact.transientHalfLifeSec());
        this.noiseDecay = Decay.perStep(stepSec, m.microNoiseHalfLifeSec());
        this.noiseShock = Decay.stationaryShock(1, noiseDecay);
        this.noiseScale = m.microNoisePct() / 100;
        this.ownLogVol = m.idioVolOfVol() * rng.nextGaussian();
        this.price = toUnits(0);
    }

    /**
     * Advances one step.
     *
     * @param forcedFlowUsd signed USD of forced orders from the previous step (+ buys, − sells)
     * @param shock scheduled log-return landing in this step
     * @return the price at the end of the step, instrument units
     */
    long step(SplittableRandom rng, MarketFactor market, double forcedFlowUsd, double shock) {
        ownLogVol = volDecay * ownLogVol + volShock * rng.nextGaussian();
        double vol = market.volMultiplier() * Math.exp(ownLogVol - volNorm);
        volMultiplier = vol;
        double z = beta * market.gaussian() + ownLoading * rng.nextGaussian();
        double move = sigmaStep * vol * z + beta * market.jump() + shock;
        if (Draws.chance(rng, idioJumpProb * vol * vol)) {
            move += (Draws.chance(rng, 0.5) ? -idioJumpScale : idioJumpScale) * rng.nextExponential();
        }
        double impact = impactPerUsd * forcedFlowUsd;
        fundamental += move + permanentShare * impact;
        dislocation = dislocation * transientDecay + (1 - permanentShare) * impact;
        noise = noiseDecay * noise + noiseShock * rng.nextGaussian();
        long next = toUnits(fundamental + dislocation + noiseScale * vol * noise);
        double stepSigma = sigmaStep * vol;
        lastStdMove = stepSigma > 0 ? (next - price) / (double) price / stepSigma : 0;
        price = next;
        return next;
    }

    long price() {
        return price;
    }

    /** This symbol's volatility multiplier (market × own regime) in the last step: activity follows it. */
    double volMultiplier() {
        return volMultiplier;
    }

    /** The last step's log move in units of its expected standard deviation (the aggressor imbalance follows). */
    double lastStdMove() {
        return lastStdMove;
    }

    private long toUnits(double logRelative) {
        return Math.max(1, Math.round(Math.exp(logStart + logRelative) * unitsPerPrice));
    }
}
