package cascade.execution.sim;

import cascade.market.Fixed;

/**
 * Settings of a {@link SimulatedVenue}, validated once on construction: a bad value fails with a message naming
 * the setting and what is allowed. Start from {@link #defaults} and change single settings with the
 * {@code with*} copies.
 *
 * @param initialBalanceUsd starting wallet balance, USD micros
 * @param fees maker and taker fee rates
 * @param slippage adverse price move of taker fills
 * @param latencyMs event-time delay before a submitted order can fill (an order created at t is live from
 *        t + latency)
 * @param maintenanceMarginRate fraction of entry notional kept as maintenance margin; sets the liquidation price
 * @param defaultLeverage isolated-margin leverage of every instrument until {@link SimulatedVenue#setLeverage}
 * @param fundingIntervalMs funding period for bar data; funding times are its multiples since the epoch, so it
 *        must divide a day (times then align to 00:00 UTC)
 */
public record VenueConfig(long initialBalanceUsd, FeeModel fees, SlippageModel slippage, long latencyMs,
        double maintenanceMarginRate, int defaultLeverage, long fundingIntervalMs) {

    /** Binance's maximum leverage on its largest contracts; anything above is surely a mistake. */
    public static final int MAX_LEVERAGE = 125;
    public static final long DAY_MS = 86_400_000L;
    public static final long EIGHT_HOURS_MS = 8 * 3_600_000L;

    public VenueConfig {
        if (initialBalanceUsd <= 0) {
            throw new IllegalArgumentException(
                    "venue.initialBalanceUsd must be > 0 USD, was " + Fixed.usd(initialBalanceUsd));
        }
        if (fees == null || slippage == null) {
            throw new IllegalArgumentException("venue.fees and venue.slippage must be set");
        }
        if (latencyMs < 0 || latencyMs > DAY_MS) {
            throw new IllegalArgumentException("venue.latencyMs must be in [0, " + DAY_MS + "], was " + latencyMs);
        }
        if (!(maintenanceMarginRate >= 0 && maintenanceMarginRate < 0.5)) {
            throw new IllegalArgumentException(
                    "venue.maintenanceMarginRate must be a fraction in [0, 0.5), was " + maintenanceMarginRate);
        }
        checkLeverage(defaultLeverage, maintenanceMarginRate, "venue.defaultLeverage");
        if (fundingIntervalMs <= 0 || DAY_MS % fundingIntervalMs != 0) {
            throw new IllegalArgumentException(
                    "venue.fundingIntervalMs must be > 0 and divide a day (8 h = 28800000), was " + fundingIntervalMs);
        }
    }

    /**
     * Binance USDⓈ-M defaults: maker 0.02 %, taker 0.05 %, 2 bps slippage, no latency, maintenance margin 0.4 %,
     * 10× leverage, funding every 8 h.
     */
    public static VenueConfig defaults(long initialBalanceUsd) {
        return new VenueConfig(initialBalanceUsd, FeeModel.BINANCE_USDM, SlippageModel.DEFAULT, 0, 0.004, 10,
                EIGHT_HOURS_MS);
    }

    /**
     * Fails unless leverage is in 1..{@value #MAX_LEVERAGE} and leaves room above maintenance margin (a position
     * whose initial margin is below its maintenance margin would be liquidated at entry).
     */
    static void checkLeverage(int leverage, double maintenanceMarginRate, String name) {
        if (leverage < 1 || leverage > MAX_LEVERAGE) {
            throw new IllegalArgumentException(name + " must be in 1.." + MAX_LEVERAGE + ", was " + leverage);
        }
        if (leverage * maintenanceMarginRate >= 1) {
            throw new IllegalArgumentException(name + " " + leverage + " × maintenance margin rate "
                    + maintenanceMarginRate + " must stay below 1, else a position is liquidated at entry");
        }
    }

    public VenueConfig withFees(FeeModel value) {
        return new VenueConfig(initialBalanceUsd, value, slippage, latencyMs, maintenanceMarginRate, defaultLeverage,
                fundingIntervalMs);
    }

    public VenueConfig withSlippage(SlippageModel value) {
        return new VenueConfig(initialBalanceUsd, fees, value, latencyMs, maintenanceMarginRate, defaultLeverage,
                fundingIntervalMs);
    }

    public VenueConfig withLatencyMs(long value) {
        return new VenueConfig(initialBalanceUsd, fees, slippage, value, maintenanceMarginRate, defaultLeverage,
                fundingIntervalMs);
    }

    public VenueConfig withMaintenanceMarginRate(double value) {
        return new VenueConfig(initialBalanceUsd, fees, slippage, latencyMs, value, defaultLeverage,
                fundingIntervalMs);
    }

    public VenueConfig withDefaultLeverage(int value) {
        return new VenueConfig(initialBalanceUsd, fees, slippage, latencyMs, maintenanceMarginRate, value,
                fundingIntervalMs);
    }

    public VenueConfig withFundingIntervalMs(long value) {
        return new VenueConfig(initialBalanceUsd, fees, slippage, latencyMs, maintenanceMarginRate, defaultLeverage,
                value);
    }
}
