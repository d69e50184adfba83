package cascade.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * The default universe: 21 USDT perpetuals with late-2025 price levels and plausible volatility, activity
 * and leveraged open interest. BTC is the calibrated one; the others scale its population and depth to
 * their size, so every symbol has a similar cascade propensity.
 */
public final class DefaultSymbols {
    /** The number of named default symbols. */
    public static final int NAMED = 21;

    private static final List<SymbolSpec> TABLE = List.of(
            //    symbol         price     vol  beta trades/s  volume/day  traders  meanPos   depth/1%
            spec("BTCUSDT", 95_000.0, 0.33, 0.90, 50, 15e9, 40_000, 20_000, 24e6),
            spec("ETHUSDT", 3_200.0, 0.65, 0.85, 40, 10e9, 9_000, 25_000, 11e6),
            spec("SOLUSDT", 140.0, 0.80, 0.80, 25, 3e9, 6_000, 15_000, 4.5e6),
            spec("BNBUSDT", 900.0, 0.50, 0.70, 8, 0.6e9, 3_000, 10_000, 1.5e6),
            spec("XRPUSDT", 2.2, 0.85, 0.70, 20, 2e9, 5_000, 12_000, 3e6),
            spec("DOGEUSDT", 0.16, 0.95, 0.75, 20, 1.5e9, 5_000, 10_000, 2.5e6),
            spec("ADAUSDT", 0.50, 0.85, 0.70, 8, 0.5e9, 3_000, 6_000, 0.9e6),
            spec("AVAXUSDT", 15.0, 0.90, 0.70, 7, 0.4e9, 2_500, 6_000, 0.75e6),
            spec("LINKUSDT", 14.0, 0.85, 0.70, 7, 0.4e9, 2_500, 6_000, 0.75e6),
            spec("DOTUSDT", 2.8, 0.85, 0.70, 5, 0.2e9, 2_000, 4_000, 0.4e6),
            spec("TRXUSDT", 0.29, 0.45, 0.50, 4, 0.2e9, 1_500, 5_000, 0.4e6),
            spec("LTCUSDT", 90.0, 0.75, 0.70, 6, 0.4e9, 2_000, 6_000, 0.6e6),
            spec("BCHUSDT", 480.0, 0.75, 0.70, 5, 0.3e9, 2_000, 5_000, 0.5e6),
            spec("NEARUSDT", 2.2, 0.95, 0.70, 6, 0.3e9, 2_000, 5_000, 0.5e6),
            spec("APTUSDT", 3.0, 0.95, 0.70, 5, 0.2e9, 2_000, 4_000, 0.4e6),
            spec("ARBUSDT", 0.22, 1.00, 0.70, 6, 0.2e9, 2_000, 4_000, 0.4e6),
            spec("OPUSDT", 0.35, 1.00, 0.70, 5, 0.15e9, 1_500, 4_000, 0.3e6),
            spec("SUIUSDT", 1.7, 1.05, 0.75, 15, 1e9, 4_000, 8_000, 1.6e6),
            spec("FILUSDT", 1.6, 0.95, 0.70, 4, 0.15e9, 1_500, 4_000, 0.3e6),
            spec("ATOMUSDT", 2.7, 0.85, 0.70, 4, 0.1e9, 1_500, 3_000, 0.25e6),
            spec("1000PEPEUSDT", 0.0055, 1.20, 0.75, 15, 0.6e9, 4_000, 5_000, 1e6));

    private DefaultSymbols() {
    }

    /**
     * The first {@code count} default symbols; beyond the 21 named ones, synthetic alts ("ALT22USDT" …)
     * reuse the alt rows (4th onwards) at shifted price levels.
     */
    public static List<SymbolSpec> first(int count) {
        List<SymbolSpec> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(i < NAMED ? TABLE.get(i) : synthetic(i));
        }
        return out;
    }

    private static SymbolSpec synthetic(int index) {
        SymbolSpec base = TABLE.get(3 + (index - NAMED) % (NAMED - 3));
        double price = base.startPrice() * (1 + 0.37 * ((index * 7) % 5));
        return new SymbolSpec("ALT" + (index + 1) + "USDT", price, base.annualVol(), base.marketBeta(),
                base.tradesPerSecond(), base.dailyVolumeUsd(), base.traders(), base.meanPositionUsd(),
                base.depthUsdPerPct());
    }

    private static SymbolSpec spec(String symbol, double price, double vol, double beta, double tradesPerSecond,
            double volumeUsd, int traders, double meanPositionUsd, double depthUsdPerPct) {
        return new SymbolSpec(symbol, price, vol, beta, tradesPerSecond, volumeUsd, traders, meanPositionUsd,
                depthUsdPerPct);
    }
}
