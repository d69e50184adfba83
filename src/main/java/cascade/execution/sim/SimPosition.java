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

    /** Profit (USD micros, + gain) if the position were closed at {@code price}; 0 when flat. */
    long unrealisedUsd(long price, Instrument instrument) {
        if (qty == 0) {
            return 0;
        }
        long diff = price - entryPrice;
        return Long.signum(qty) * Long.signum(diff) * Fixed.notionalUsd(Math.abs(qty), Math.abs(diff), instrument);
    }

    /**
     * Where an isolated position has lost its initial margin down to the maintenance margin: long
     * entry × (1 − 1/leverage + mmr), short entry × (1 + 1/leverage − mmr), rounded to the nearest price unit.
     */
    static long liquidationPrice(long entryPrice, boolean isLong, int leverage, double maintenanceMarginRate) {
        double factor = isLong ? 1 - 1.0 / leverage + maintenanceMarginRate : 1 + 1.0 / leverage - maintenanceMarginRate;
        return Math.round(entryPrice * factor);
    }
}
