package cascade.market;

/**
 * What a venue accepts for one instrument, in the instrument's fixed point: price tick, quantity step,
 * minimum and maximum quantity, minimum notional (USD micros; reduce-only orders are exempt, as on
 * Binance). Orders are made to fit before they leave: quantities rounded down to the step, prices to the
 * nearest tick. A venue that reports its filters (exchange metadata) overrides {@link #none()}.
 */
public record InstrumentFilters(long tickSize, long stepSize, long minQty, long maxQty, long minNotionalUsd) {
    public InstrumentFilters {
        if (tickSize < 1 || stepSize < 1 || minQty < 0 || maxQty < 1 || minNotionalUsd < 0) {
            throw new IllegalArgumentException("instrument filters must be positive: tick " + tickSize + ", step "
                    + stepSize + ", minQty " + minQty + ", maxQty " + maxQty + ", minNotional " + minNotionalUsd);
        }
    }

    /** No constraint beyond the instrument's own precision. */
    public static InstrumentFilters none() {
        return new InstrumentFilters(1, 1, 0, Long.MAX_VALUE, 0);
    }

    /** The quantity rounded down to the step. */
    public long roundQty(long qty) {
        return qty / stepSize * stepSize;
    }

    /** The price rounded to the nearest tick (half up). */
    public long roundPrice(long price) {
        return Math.floorDiv(price + tickSize / 2, tickSize) * tickSize;
    }
}
