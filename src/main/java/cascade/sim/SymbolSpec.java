package cascade.sim;

/**
 * One simulated perpetual: its price level, how it moves and how busy it is.
 *
 * @param symbol exchange-style name with quote currency ("BTCUSDT")
 * @param startPrice price at the start of the run, USD
 * @param annualVol diffusion volatility per year (0.45 = 45 %), before volatility clustering and jumps
 * @param marketBeta loading on the common market factor in [0, 1]: 1 moves only with the market
 * @param tradesPerSecond mean rate of aggregate trades at full event detail
 * @param dailyVolumeUsd mean traded USD per day (kept when trades are sampled more coarsely)
 * @param traders mean number of open leveraged positions (each a cohort of traders entering together)
 * @param meanPositionUsd mean notional of one position at entry, USD
 * @param depthUsdPerPct forced-order USD that moves the price by 1 % (order-book depth)
 */
public record SymbolSpec(String symbol, double startPrice, double annualVol, double marketBeta,
        double tradesPerSecond, double dailyVolumeUsd, int traders, double meanPositionUsd, double depthUsdPerPct) {

    /** Price decimals: about six significant digits (BTC 95000 → 2, 1000PEPE 0.0055 → 9). */
    public int priceScale() {
        return clamp(6 - (int) Math.floor(Math.log10(startPrice)), 0, 12);
    }

    /** Quantity decimals: one quantity unit is worth between about one and ten cents at the start price. */
    public int qtyScale() {
        return clamp((int) Math.floor(Math.log10(startPrice)) + 2, 0, 8);
    }

    /** Capacity of the preallocated position arrays: room for the population to swell. */
    int positionCapacity() {
        return traders * 2 + 64;
    }

    void check(ConfigCheck c) {
        c.that(symbol != null && symbol.matches("[A-Z0-9]{2,20}"), "symbol",
                "must be 2-20 upper-case letters or digits, was '" + symbol + "'");
        c.range("startPrice", startPrice, 1e-6, 1e7);
        c.range("annualVol", annualVol, 0.0, 10.0);
        c.range("marketBeta", marketBeta, 0.0, 1.0);
        c.range("tradesPerSecond", tradesPerSecond, 0.0, 10_000.0);
        c.range("dailyVolumeUsd", dailyVolumeUsd, 0.0, 1e12);
        c.range("traders", traders, 1, 1_000_000);
        c.range("meanPositionUsd", meanPositionUsd, 1.0, 1e9);
        c.range("depthUsdPerPct", depthUsdPerPct, 1.0, 1e12);
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
