package cascade.execution.sim;

import cascade.market.Instrument;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the simulated venue tracks for one instrument: working orders in submission order, the position,
 * the leverage for new positions, the latest prices and recent volume.
 */
final class InstrumentBook {
    final Instrument instrument;
    final SimPosition position;
    final VolumeWindow volume;
    /** Leverage a position opened from flat will get. */
    int leverage;
    /** Last trade price; the mark price while no trade was seen; a bar's close. 0 = none yet. */
    long lastPrice;
    /** Last mark price (a bar's close for bar data). 0 = none yet. */
    long markPrice;
    /** Once trades flow, mark prices no longer fill orders, they only drive liquidation. */
    boolean tradesSeen;
    /** Funding time settled last, so a repeated or predicted funding event is not paid twice. */
    long lastFundingTimeMs = Long.MIN_VALUE;

    private final List<WorkingOrder> orders = new ArrayList<>();

    InstrumentBook(Instrument instrument, VenueConfig config) {
        this.instrument = instrument;
        this.position = new SimPosition(instrument, config.maintenance());
        this.volume = new VolumeWindow(config.slippage().volumeWindowMs());
        this.leverage = config.defaultLeverage();
    }

    void add(WorkingOrder order) {
        orders.add(order);
    }

    void remove(WorkingOrder order) {
        orders.remove(order);
    }

    int size() {
        return orders.size();
    }

    WorkingOrder get(int index) {
        return orders.get(index);
    }

    /** @return the working order with this id, or null */
    WorkingOrder find(long orderId) {
        for (WorkingOrder w : orders) {
            if (w.order().id == orderId) {
                return w;
            }
        }
        return null;
    }

    /** Submission number of the newest working order (-1 if none): the bound of a matching pass. */
    long newestSeq() {
        return orders.isEmpty() ? -1 : orders.get(orders.size() - 1).seq();
    }

    /** Price for marking the position and checking liquidation: the mark when known, else the last price. */
    long referenceMark() {
        return markPrice != 0 ? markPrice : lastPrice;
    }
}
