package cascade.execution.sim;

import cascade.model.Position;
import cascade.market.Fixed;
import cascade.market.Instrument;

/**
 * The simulated venue's net position on one instrument (one-way mode, isolated margin). Callers get it as a
 * live read-only {@link Position}; only the venue changes it, one {@link PositionChange} at a time. The leverage
 * is fixed when the position opens from flat: a later {@code setLeverage} applies to the next new position.
 */
final class SimPosition implements Position {
    private final int instrument;
    private final Instrument spec;
    private final MaintenanceTiers maintenance;
    private long qty;
    private long entryPrice;
    private long marginUsd;
    private long liquidationPrice;
    private int leverage;

    SimPosition(Instrument instrument, MaintenanceTiers maintenance) {
        this.instrument = instrument.id();
        this.spec = instrument;
        this.maintenance = maintenance;
    }

    @Override
    public int instrument() {
        return instrument;
    }

    @Override
    public long qty() {
        return qty;
    }

    @Override
    public long entryPrice() {
        return entryPrice;
    }

    @Override
    public long marginUsd() {
        return marginUsd;
    }

    @Override
    public long liquidationPrice() {
        return liquidationPrice;
    }

    /** Leverage the position was opened with; 0 when flat. */
    int leverage() {
        return leverage;
    }

    void apply(PositionChange change) {
        qty = change.newQty();
        if (qty == 0) {
            entryPrice = 0;
            marginUsd = 0;
            leverage = 0;
            liquidationPrice = 0;
            return;
        }
        entryPrice = change.newEntryPrice();
        marginUsd += change.addedMarginUsd() - change.releasedMarginUsd();
        leverage = change.leverage();
        liquidationPrice = maintenance.liquidationPrice(entryPrice, qty, leverage, spec);
    }

    /**
     * Profit (USD micros, + gain) if the position were closed at {@code price}; 0 when flat. Exact: |qty| × |price
     * − entry| rounded to the micro half away from zero, with its sign (as a close would realise it).
     */
    long unrealisedUsd(long price, Instrument instrument) {
        if (qty == 0) {
            return 0;
        }
        long diff = price - entryPrice;
        return Long.signum(qty) * Long.signum(diff) * Fixed.notionalUsd(Math.abs(qty), Math.abs(diff), instrument);
    }

    /**
     * Where an isolated position has lost its initial margin down to the maintenance margin: long
     * entry × (1 − 1/leverage + mmr), short entry × (1 + 1/leverage − mmr), rounded half up to a price unit. The
     * rate is taken to {@link Fixed#RATE_SCALE} (1e-10) digits; see {@link #liquidationPriceUnits}.
     */
    static long liquidationPrice(long entryPrice, boolean isLong, int leverage, double maintenanceMarginRate) {
        return liquidationPriceUnits(entryPrice, isLong, leverage,
                Fixed.fromDouble(maintenanceMarginRate, Fixed.RATE_SCALE));
    }

    /**
     * The liquidation price in exact integer arithmetic: with R = 10^{@value Fixed#RATE_SCALE} and m the rate in
     * those units, long entry × (L × (R + m) − R) / (L × R), short entry × (L × (R − m) + R) / (L × R), rounded
     * half up (128-bit product, no allocation). No double, so no error bound to state.
     */
    static long liquidationPriceUnits(long entryPrice, boolean isLong, int leverage, long maintenanceMarginRateUnits) {
        long r = Fixed.pow10(Fixed.RATE_SCALE);
        long denominator = leverage * r;
        long numerator = isLong ? leverage * (r + maintenanceMarginRateUnits) - r
                : leverage * (r - maintenanceMarginRateUnits) + r;
        return Fixed.multiplyDivide(entryPrice, numerator, denominator);
    }
}
