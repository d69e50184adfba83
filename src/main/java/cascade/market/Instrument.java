package cascade.market;

/**
 * A tradable perpetual contract on one venue. Prices are longs in units of 10^-priceScale, quantities
 * (base currency) in units of 10^-qtyScale.
 *
 * @param id dense index assigned by the {@link Instruments} registry; used to index per-symbol arrays
 * @param venue venue name, lower case ("binance", "sim")
 * @param symbol exchange symbol with quote currency ("BTCUSDT")
 */
public record Instrument(int id, String venue, String symbol, int priceScale, int qtyScale) {
    public Instrument {
        if (priceScale < 0 || priceScale > 12 || qtyScale < 0 || qtyScale > 12) {
            throw new IllegalArgumentException("scales must be in 0..12: " + symbol);
        }
    }

    /** A price as a double → fixed-point units. */
    public long priceUnits(double value) {
        return Fixed.fromDouble(value, priceScale);
    }

    /** Fixed-point price units → double. */
    public double price(long units) {
        return Fixed.toDouble(units, priceScale);
    }

    /** A quantity as a double → fixed-point units. */
    public long qtyUnits(double value) {
        return Fixed.fromDouble(value, qtyScale);
    }

    /** Fixed-point quantity units → double. */
    public double qty(long units) {
        return Fixed.toDouble(units, qtyScale);
    }

    /** "binance:BTCUSDT" */
    public String key() {
        return venue + ":" + symbol;
    }
}
