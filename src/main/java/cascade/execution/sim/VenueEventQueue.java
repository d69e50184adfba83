package cascade.execution.sim;

import cascade.execution.VenueEvents;
import cascade.market.EventType;
import cascade.market.MarketEvent;
import cascade.market.Side;
import cascade.model.Order;
import cascade.model.RejectReason;

/**
 * The simulated venue's outbox: its reports, queued in the order they happen and handed to the engine in
 * that order by {@link #deliver}. Slots are preallocated {@link MarketEvent}s, reused (the queue doubles in
 * the rare case it fills up). Nothing is delivered while a request ({@code submit}, {@code cancel}) is being
 * made; the venue delivers at the end of each matching step, so a reaction to a fill (the protective stop
 * placed from an entry's fill) takes part in what follows, exactly as a real venue's next event would.
 * Delivery is not re-entrant: events queued by a reaction go out in the same {@code deliver} loop, after
 * the ones already waiting.
 */
final class VenueEventQueue {
    private MarketEvent[] slots = new MarketEvent[64];
    private int head;
    private int size;
    private boolean delivering;
    private VenueEvents target;
    private long nextTradeId = 1;

    VenueEventQueue() {
        for (int i = 0; i < slots.length; i++) {
            slots[i] = new MarketEvent().clear();
        }
    }

    void connect(VenueEvents events) {
        this.target = events;
    }

    /** Hands every queued event over, including those queued by the receiver's reactions. */
    void deliver() {
        if (delivering || target == null) {
            return;
        }
        delivering = true;
        try {
            while (size > 0) {
                MarketEvent e = slots[head];
                target.onVenueEvent(e);
                e.clear();
                head = (head + 1) % slots.length;
                size--;
            }
        } finally {
            delivering = false;
        }
    }

    void accepted(Order order, long venueOrderId, long timeMs) {
        next().orderEvent(EventType.ORDER_ACCEPTED, order.instrument, timeMs, order.id, venueOrderId);
    }

    void rejected(Order order, RejectReason reason, long timeMs) {
        next().orderRejected(EventType.ORDER_REJECTED, order.instrument, timeMs, order.id, reason.code);
    }

    void cancelled(Order order, long timeMs) {
        next().orderEvent(EventType.ORDER_CANCELLED, order.instrument, timeMs, order.id, 0);
    }

    void cancelRejected(Order order, RejectReason reason, long timeMs) {
        next().orderRejected(EventType.CANCEL_REJECTED, order.instrument, timeMs, order.id, reason.code);
    }

    /** A fill; {@code orderId} 0 with {@code liquidation} for the venue closing our position. */
    void fill(int instrument, long timeMs, long orderId, Side side, long price, long qty, long feeUsd, boolean maker,
            boolean liquidation) {
        next().venueFill(instrument, timeMs, orderId, nextTradeId++, side, price, qty, feeUsd, maker, liquidation);
    }

    void funding(int instrument, long fundingTimeMs, long positionQty, long markPrice, long rate, long amountUsd) {
        next().fundingPayment(instrument, fundingTimeMs, positionQty, markPrice, rate, amountUsd);
    }

    void position(int instrument, long timeMs, long signedQty, long entryPrice) {
        next().positionSnapshot(instrument, timeMs, signedQty, entryPrice);
    }

    void balance(long timeMs, long balanceUsd) {
        next().balanceSnapshot(timeMs, balanceUsd);
    }

    private MarketEvent next() {
        if (size == slots.length) {
            grow();
        }
        MarketEvent slot = slots[(head + size) % slots.length];
        size++;
        return slot;
    }

    private void grow() {
        MarketEvent[] bigger = new MarketEvent[slots.length * 2];
        for (int i = 0; i < size; i++) {
            bigger[i] = slots[(head + i) % slots.length];
        }
        for (int i = size; i < bigger.length; i++) {
            bigger[i] = new MarketEvent().clear();
        }
        slots = bigger;
        head = 0;
    }

    /** Events waiting (for tests). */
    int pending() {
        return size;
    }

    /** Slots allocated (for the allocation check). */
    int capacity() {
        return slots.length;
    }
}
