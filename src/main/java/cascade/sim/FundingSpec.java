package cascade.sim;

/**
 * Funding: the rate settled each interval is {@code interestRate + premiumPerCrowding × crowding},
 * capped at ±{@code cap}, where crowding is (long − short)/(long + short) open notional averaged over the
 * interval.
 *
 * @param intervalHours settlement interval (8 on Binance), aligned to midnight UTC
 * @param interestRate the base rate per interval (0.0001 = 0.01 %)
 * @param premiumPerCrowding premium per unit of crowding
 * @param cap largest absolute rate per interval
 */
public record FundingSpec(double intervalHours, double interestRate, double premiumPerCrowding, double cap) {

    public static FundingSpec defaults() {
        return new FundingSpec(8, 0.0001, 0.001, 0.003);
    }

    public long intervalMs() {
        return Math.round(intervalHours * 3_600_000);
    }

    void check(ConfigCheck c) {
        c.that(intervalHours > 0 && 24 % intervalHours == 0 && intervalHours == Math.rint(intervalHours),
                "intervalHours", "must be a whole divisor of 24 (1, 2, 4, 8, 12, 24), was " + intervalHours);
        c.range("interestRate", interestRate, -0.01, 0.01);
        c.range("premiumPerCrowding", premiumPerCrowding, 0.0, 0.1);
        c.range("cap", cap, 0.0, 0.1);
    }
}
