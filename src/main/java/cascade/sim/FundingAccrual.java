package cascade.sim;

import cascade.market.Fixed;

/**
 * Averages the crowding of one symbol over a funding interval and turns it into the settled rate:
 * interest + premium × mean crowding, capped, in {@link Fixed#RATE_SCALE} units.
 */
final class FundingAccrual {
    private final double interest;
    private final double premiumPerCrowding;
    private final double cap;
    private double crowdingSum;
    private long samples;
    private long lastRate;

    FundingAccrual(FundingSpec spec) {
        this.interest = spec.interestRate();
        this.premiumPerCrowding = spec.premiumPerCrowding();
        this.cap = spec.cap();
        this.lastRate = Fixed.fromDouble(interest, Fixed.RATE_SCALE);
    }

    void accrue(double crowding) {
        crowdingSum += crowding;
        samples++;
    }

    /** Settles the interval: returns the rate and starts a new interval. */
    long settle() {
        double crowding = samples == 0 ? 0 : crowdingSum / samples;
        double rate = Math.max(-cap, Math.min(cap, interest + premiumPerCrowding * crowding));
        crowdingSum = 0;
        samples = 0;
        lastRate = Math.round(rate * Fixed.pow10(Fixed.RATE_SCALE));
        return lastRate;
    }

    /** The last settled rate, RATE_SCALE units (the interest rate before the first settlement). */
    long lastRate() {
        return lastRate;
    }
}
