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
 * @param maintenance maintenance-margin brackets by notional; set the liquidation price
 * @param defaultLeverage isolated-margin leverage of every instrument until {@link SimulatedVenue#setLeverage}
 * @param fundingIntervalMs funding period for bar data; funding times are its multiples since the epoch, so it
 *        must divide a day (times then align to 00:00 UTC)
 * @param impact market impact of taker fills on top of the slippage (off by default)
 * @param liquidationFeeRate clearance fee of our own liquidation, a fraction of the notional closed at the
 *        liquidation price, taken from what is left of the position's margin (never more)
 * @param limitFillShare share of each trade printing through a resting limit that the limit may take on event
 *        data, in (0, 1]: 1 = the whole print, less = a haircut for the queue ahead of us
 */
public record VenueConfig(long initialBalanceUsd, FeeModel fees, SlippageModel slippage, long latencyMs,
        MaintenanceTiers maintenance, int defaultLeverage, long fundingIntervalMs, ImpactModel impact,
        double liquidationFeeRate, double limitFillShare) {

    /** Binance's maximum leverage on its largest contracts; anything above is surely a mistake. */
    public static final int MAX_LEVERAGE = 125;
    public static final long DAY_MS = 86_400_000L;
    public static final long EIGHT_HOURS_MS = 8 * 3_600_000L;
    /** Binance's liquidation clearance fee for BTCUSDT ("up to 1.25 %"): the default. */
    public static final double BINANCE_LIQUIDATION_FEE = 0.0125;
    public static final double MAX_LIQUIDATION_FEE = 0.05;

    public VenueConfig {
        if (initialBalanceUsd <= 0) {
            throw new IllegalArgumentException(
                    "venue.initialBalanceUsd must be > 0 USD, was " + Fixed.usd(initialBalanceUsd));
        }
        if (fees == null || slippage == null || maintenance == null || impact == null) {
            throw new IllegalArgumentException("venue.fees, venue.slippage, venue.maintenance and venue.impact "
                    + "must be set");
        }
        if (latencyMs < 0 || latencyMs > DAY_MS) {
            throw new IllegalArgumentException("venue.latencyMs must be in [0, " + DAY_MS + "], was " + latencyMs);
        }
        checkLeverage(defaultLeverage, maintenance.firstRate(), "venue.defaultLeverage");
        if (fundingIntervalMs <= 0 || DAY_MS % fundingIntervalMs != 0) {
            throw new IllegalArgumentException(
                    "venue.fundingIntervalMs must be > 0 and divide a day (8 h = 28800000), was " + fundingIntervalMs);
        }
        if (!(liquidationFeeRate >= 0 && liquidationFeeRate <= MAX_LIQUIDATION_FEE)) {
            throw new IllegalArgumentException("venue.liquidationFeeRate must be a fraction in [0, "
                    + MAX_LIQUIDATION_FEE + "] (0.0125 = 1.25 %), was " + liquidationFeeRate);
        }
        if (!(limitFillShare > 0 && limitFillShare <= 1)) {
            throw new IllegalArgumentException(
                    "venue.limitFillShare must be in (0, 1], was " + limitFillShare);
        }
    }

    /**
     * Binance USDⓈ-M defaults: maker 0.02 %, taker 0.05 %, 2 bps slippage, no impact, no latency, the BTCUSDT
     * maintenance brackets ({@link MaintenanceTiers#BINANCE_BTCUSDT}: 0.4 % up to 50 000 USD), liquidation
     * clearance fee 1.25 %, 10× leverage, funding every 8 h, limits may take whole prints.
     */
    public static VenueConfig defaults(long initialBalanceUsd) {
        return new VenueConfig(initialBalanceUsd, FeeModel.BINANCE_USDM, SlippageModel.DEFAULT, 0,
                MaintenanceTiers.BINANCE_BTCUSDT, 10, EIGHT_HOURS_MS, ImpactModel.NONE, BINANCE_LIQUIDATION_FEE, 1.0);
    }

    /** Maintenance margin rate of the first bracket (a flat rate when there is one bracket). */
    public double maintenanceMarginRate() {
        return maintenance.firstRate();
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
        return new VenueConfig(initialBalanceUsd, value, slippage, latencyMs, maintenance, defaultLeverage,
                fundingIntervalMs, impact, liquidationFeeRate, limitFillShare);
    }

    public VenueConfig withSlippage(SlippageModel value) {
        return new VenueConfig(initialBalanceUsd, fees, value, latencyMs, maintenance, defaultLeverage,
                fundingIntervalMs, impact, liquidationFeeRate, limitFillShare);
    }

    public VenueConfig withLatencyMs(long value) {
        return new VenueConfig(initialBalanceUsd, fees, slippage, value, maintenance, defaultLeverage,
                fundingIntervalMs, impact, liquidationFeeRate, limitFillShare);
    }

    /** One maintenance rate for every notional (a single bracket with no maintenance amount). */
    public VenueConfig withMaintenanceMarginRate(double value) {
        return withMaintenance(MaintenanceTiers.flat(value));
    }

    public VenueConfig withMaintenance(MaintenanceTiers value) {
        return new VenueConfig(initialBalanceUsd, fees, slippage, latencyMs, value, defaultLeverage,
                fundingIntervalMs, impact, liquidationFeeRate, limitFillShare);
    }

    public VenueConfig withDefaultLeverage(int value) {
        return new VenueConfig(initialBalanceUsd, fees, slippage, latencyMs, maintenance, value,
                fundingIntervalMs, impact, liquidationFeeRate, limitFillShare);
    }

    public VenueConfig withFundingIntervalMs(long value) {
        return new VenueConfig(initialBalanceUsd, fees, slippage, latencyMs, maintenance, defaultLeverage,
                value, impact, liquidationFeeRate, limitFillShare);
    }

    public VenueConfig withImpact(ImpactModel value) {
        return new VenueConfig(initialBalanceUsd, fees, slippage, latencyMs, maintenance, defaultLeverage,
                fundingIntervalMs, value, liquidationFeeRate, limitFillShare);
    }

    public VenueConfig withLiquidationFeeRate(double value) {
        return new VenueConfig(initialBalanceUsd, fees, slippage, latencyMs, maintenance, defaultLeverage,
                fundingIntervalMs, impact, value, limitFillShare);
    }

    public VenueConfig withLimitFillShare(double value) {
        return new VenueConfig(initialBalanceUsd, fees, slippage, latencyMs, maintenance, defaultLeverage,
                fundingIntervalMs, impact, liquidationFeeRate, value);
    }
}
