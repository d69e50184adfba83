package cascade.sim;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything a simulated market run depends on; the same config and seed give the same events, bit for bit.
 * Construction validates every field and fails once, listing each bad key with what is allowed.
 *
 * @param seed the only source of randomness
 * @param startMs event time of the first step, epoch ms (a whole second)
 * @param durationMs length of the run (a whole number of steps); events are in [start, start + duration)
 * @param stepMs simulation step: price, liquidations, positions advance once per step (a divisor of 1000)
 * @param markIntervalMs mark price snapshot interval (a multiple of the step)
 * @param oiIntervalMs open-interest snapshot interval (a multiple of the step)
 * @param tradeSampling share of aggregate trades emitted, in (0, 1]; traded volume is kept by scaling the
 *     size of the emitted trades, so long calibration runs stay cheap without changing the mechanism
 * @param maintenanceMargin maintenance margin rate (0.005 = 0.5 %), below 1/max leverage
 * @param symbols the simulated symbols, unique names
 * @param leverage leverage distribution of new positions
 * @param market common factor, volatility regime and jumps
 * @param traders behaviour of the leveraged population
 * @param impact how forced orders move the price
 * @param funding funding premium and settlements
 * @param shocks scheduled exogenous moves (empty normally)
 */
public record SimConfig(long seed, long startMs, long durationMs, int stepMs, int markIntervalMs, int oiIntervalMs,
        double tradeSampling, double maintenanceMargin, List<SymbolSpec> symbols, LeverageDistribution leverage,
        PriceProcessSpec market, TraderSpec traders, ImpactSpec impact, FundingSpec funding,
        List<PriceShock> shocks) {

    /** 2025-01-01T00:00:00Z. */
    public static final long DEFAULT_START_MS = 1_735_689_600_000L;
    public static final long HOUR_MS = 3_600_000L;
    public static final long DAY_MS = 24 * HOUR_MS;
    private static final long MAX_DURATION_MS = 3_660 * DAY_MS;

    public SimConfig {
        symbols = List.copyOf(symbols);
        shocks = List.copyOf(shocks);
        ConfigCheck c = new ConfigCheck("sim");
        c.range("startMs", startMs, 0, 4_102_444_800_000L).that(startMs % 1000 == 0, "startMs",
                "must be a whole second, was " + startMs);
        c.that(stepMs >= 50 && stepMs <= 1000 && 1000 % stepMs == 0, "stepMs",
                "must divide 1000 and be at least 50, was " + stepMs);
        if (stepMs > 0) {
            c.range("durationMs", durationMs, stepMs, MAX_DURATION_MS).that(durationMs % stepMs == 0, "durationMs",
                    "must be a whole number of steps (" + stepMs + " ms), was " + durationMs);
            c.that(markIntervalMs > 0 && markIntervalMs % stepMs == 0, "markIntervalMs",
                    "must be a positive multiple of stepMs, was " + markIntervalMs);
            c.that(oiIntervalMs > 0 && oiIntervalMs % stepMs == 0, "oiIntervalMs",
                    "must be a positive multiple of stepMs, was " + oiIntervalMs);
        }
        c.that(tradeSampling > 0 && tradeSampling <= 1, "tradeSampling", "must be in (0, 1], was " + tradeSampling);
        leverage.check(c);
        double maxMargin = 1.0 / leverage.maxLeverage();
        c.that(maintenanceMargin > 0 && maintenanceMargin < maxMargin, "maintenanceMargin",
                "must be in (0, 1/max leverage = " + maxMargin + "), was " + maintenanceMargin);
        c.range("symbols", symbols.size(), 1, 256);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < symbols.size(); i++) {
            symbols.get(i).check(c.nested("symbols[" + i + "]"));
            c.that(names.add(symbols.get(i).symbol()), "symbols[" + i + "]",
                    "duplicate symbol " + symbols.get(i).symbol());
        }
        market.check(c.nested("market"));
        traders.check(c.nested("traders"));
        impact.check(c.nested("impact"));
        funding.check(c.nested("funding"));
        for (int i = 0; i < shocks.size(); i++) {
            PriceShock s = shocks.get(i);
            s.check(c.nested("shocks[" + i + "]"));
            c.that(PriceShock.ALL.equals(s.symbol()) || names.contains(s.symbol()), "shocks[" + i + "].symbol",
                    "must be '*' or one of the simulated symbols, was '" + s.symbol() + "'");
            c.that(s.atMs() >= startMs && s.atMs() < startMs + durationMs, "shocks[" + i + "].atMs",
                    "must lie inside the run [" + startMs + ", " + (startMs + durationMs) + "), was " + s.atMs());
        }
        c.throwIfAny("simulator config");
    }

    /** 21 default symbols, one day from 2025-01-01, one-second steps, full event detail. */
    public static SimConfig defaults(long seed) {
        return new SimConfig(seed, DEFAULT_START_MS, DAY_MS, 1000, 1000, 5000, 1.0, 0.004,
                DefaultSymbols.first(DefaultSymbols.NAMED), LeverageDistribution.defaults(), PriceProcessSpec.defaults(),
                TraderSpec.defaults(), ImpactSpec.defaults(), FundingSpec.defaults(), List.of());
    }

    /** The end of the run (exclusive), epoch ms. */
    public long endMs() {
        return startMs + durationMs;
    }

    public SimConfig withSeed(long newSeed) {
        return new SimConfig(newSeed, startMs, durationMs, stepMs, markIntervalMs, oiIntervalMs, tradeSampling,
                maintenanceMargin, symbols, leverage, market, traders, impact, funding, shocks);
    }

    public SimConfig withStart(long newStartMs) {
        return new SimConfig(seed, newStartMs, durationMs, stepMs, markIntervalMs, oiIntervalMs, tradeSampling,
                maintenanceMargin, symbols, leverage, market, traders, impact, funding, shocks);
    }

    public SimConfig withDuration(long newDurationMs) {
        return new SimConfig(seed, startMs, newDurationMs, stepMs, markIntervalMs, oiIntervalMs, tradeSampling,
                maintenanceMargin, symbols, leverage, market, traders, impact, funding, shocks);
    }

    /** The first {@code count} {@link DefaultSymbols}. */
    public SimConfig withSymbolCount(int count) {
        return withSymbols(DefaultSymbols.first(count));
    }

    public SimConfig withSymbols(List<SymbolSpec> newSymbols) {
        return new SimConfig(seed, startMs, durationMs, stepMs, markIntervalMs, oiIntervalMs, tradeSampling,
                maintenanceMargin, newSymbols, leverage, market, traders, impact, funding, shocks);
    }

    /**
     * Lower event detail for long runs: fewer (larger) trades and sparser mark price and OI snapshots. The
     * price, position and liquidation mechanism is unchanged.
     */
    public SimConfig withEventDetail(double newTradeSampling, int newMarkIntervalMs, int newOiIntervalMs) {
        return new SimConfig(seed, startMs, durationMs, stepMs, newMarkIntervalMs, newOiIntervalMs, newTradeSampling,
                maintenanceMargin, symbols, leverage, market, traders, impact, funding, shocks);
    }

    public SimConfig withImpact(ImpactSpec newImpact) {
        return new SimConfig(seed, startMs, durationMs, stepMs, markIntervalMs, oiIntervalMs, tradeSampling,
                maintenanceMargin, symbols, leverage, market, traders, newImpact, funding, shocks);
    }

    public SimConfig withMarket(PriceProcessSpec newMarket) {
        return new SimConfig(seed, startMs, durationMs, stepMs, markIntervalMs, oiIntervalMs, tradeSampling,
                maintenanceMargin, symbols, leverage, newMarket, traders, impact, funding, shocks);
    }

    public SimConfig withTraders(TraderSpec newTraders) {
        return new SimConfig(seed, startMs, durationMs, stepMs, markIntervalMs, oiIntervalMs, tradeSampling,
                maintenanceMargin, symbols, leverage, market, newTraders, impact, funding, shocks);
    }

    public SimConfig withShocks(List<PriceShock> newShocks) {
        return new SimConfig(seed, startMs, durationMs, stepMs, markIntervalMs, oiIntervalMs, tradeSampling,
                maintenanceMargin, symbols, leverage, market, traders, impact, funding, newShocks);
    }
}
